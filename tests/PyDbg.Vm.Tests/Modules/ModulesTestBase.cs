using System.Globalization;
using System.Numerics;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Modules;

/// <summary>Runs each test in a fresh PyContext (builtins populated, stdout/stderr captured).</summary>
public abstract class ModulesTestBase : IDisposable
{
    protected readonly PyContext Ctx = new();
    protected readonly StringWriter Out = new();
    protected readonly StringWriter Err = new();
    private readonly IDisposable _scope;

    protected ModulesTestBase()
    {
        Ctx.Stdout = Out;
        Ctx.Stderr = Err;
        _scope = Ctx.Enter();
        Runtime.Builtins.Populate(Ctx.Builtins);
    }

    public void Dispose() => _scope.Dispose();

    protected static PyStr S(string s) => PyStr.From(s);
    protected static PyInt I(long v) => PyInt.From(v);
    protected static PyInt Big(string digits) => PyInt.From(BigInteger.Parse(digits, CultureInfo.InvariantCulture));
    protected static PyFloat F(double v) => new(v);
    protected static PyList L(params PyObject[] items) => new(new List<PyObject>(items));
    protected static PyTuple T(params PyObject[] items) => PyTuple.Of(items);
    protected static string R(PyObject o) => Ops.Repr(o);

    protected static PyModule Mod(string name) => ModuleImport.Import(name);

    /// <summary>module.name(*args) through Ops.Call.</summary>
    protected static PyObject Call(string module, string name, params PyObject[] args) =>
        Ops.Call(Ops.GetAttr(Mod(module), name), args);

    /// <summary>module.name(*args, **kw): the last kw.Length args are the keyword values.</summary>
    protected static PyObject CallKw(string module, string name, string[] kw, params PyObject[] args) =>
        Ops.Call(Ops.GetAttr(Mod(module), name), args, kw);

    /// <summary>Parses "5", "2.5", "inf", "nan", "True" into a Python value.</summary>
    protected static PyObject Lit(string s)
    {
        if (s == "True") return PyBool.True;
        if (s == "False") return PyBool.False;
        if (BigInteger.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b)) return PyInt.From(b);
        return s switch
        {
            "inf" => F(double.PositiveInfinity),
            "-inf" => F(double.NegativeInfinity),
            "nan" => F(double.NaN),
            _ => F(double.Parse(s, CultureInfo.InvariantCulture)),
        };
    }

    protected static PyObject[] Lits(string args) =>
        args.Length == 0 ? Array.Empty<PyObject>() : Array.ConvertAll(args.Split(' '), Lit);

    /// <summary>The repr of the result, or "TypeName: message" for a Python exception.</summary>
    protected static string Outcome(Func<PyObject> f)
    {
        try
        {
            return R(f());
        }
        catch (PyException e)
        {
            return e.Value.Type.Name + ": " + e.Value.MessageText;
        }
    }

    protected static string Raises(Action a)
    {
        try
        {
            a();
        }
        catch (PyException e)
        {
            return e.Value.Type.Name + ": " + e.Value.MessageText;
        }
        throw new Xunit.Sdk.XunitException("expected a Python exception");
    }
}

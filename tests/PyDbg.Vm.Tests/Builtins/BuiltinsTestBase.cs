using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Builtins;

/// <summary>Runs each test inside a fresh PyContext with the builtins populated.</summary>
public abstract class BuiltinsTestBase : IDisposable
{
    protected readonly PyContext Ctx = new();
    protected readonly StringWriter Out = new();
    private readonly IDisposable _scope;

    protected BuiltinsTestBase()
    {
        Ctx.Stdout = Out;
        _scope = Ctx.Enter();
        global::PyDbg.Vm.Runtime.Builtins.EnsureInitialized();
    }

    public void Dispose() => _scope.Dispose();

    protected static PyStr S(string s) => PyStr.From(s);
    protected static PyInt I(long v) => PyInt.From(v);
    protected static PyFloat F(double v) => new(v);
    protected static PyList L(params PyObject[] items) => new(new List<PyObject>(items));
    protected static PyTuple T(params PyObject[] items) => PyTuple.Of(items);

    /// <summary>Calls a method registered in the receiver's type dict.</summary>
    protected static PyObject M(PyObject self, string name, params PyObject[] args)
    {
        var d = self.Type.Lookup(name) as PyMethodDescriptor
            ?? throw new InvalidOperationException($"no method {name}");
        return d.Func(self, args, null);
    }

    protected static PyObject MK(PyObject self, string name, PyObject[] args, string[] kw)
    {
        var d = (PyMethodDescriptor)self.Type.Lookup(name)!;
        return d.Func(self, args, kw);
    }

    protected static string Str(PyObject o) => ((PyStr)o).Value;

    /// <summary>The Python exception a call raises: "TypeName: message" (message = the first str arg).</summary>
    protected static string Raises(Action a)
    {
        try
        {
            a();
        }
        catch (PyException e)
        {
            var args = e.Value.Args.Items;
            var msg = args.Length == 0 ? "" : args[0] is PyStr s ? s.Value : args[0] is PyInt i ? i.Small.ToString() : "?";
            return e.Value.Type.Name + ": " + msg;
        }
        throw new Xunit.Sdk.XunitException("expected a Python exception");
    }

    protected static List<string> StrList(PyObject list)
    {
        var r = new List<string>();
        foreach (var x in ((PyList)list).Items) r.Add(((PyStr)x).Value);
        return r;
    }
}

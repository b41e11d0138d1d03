using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.RuntimeOps;

/// <summary>A Python-level function implemented in C# for tests: binds its arguments with
/// Ops.BindArguments, then runs the body over the slots.</summary>
internal sealed class TestFunction : PyFunctionBase
{
    private readonly Func<PyObject?[], PyObject> _body;

    public TestFunction(string name, FunctionSignature sig, Func<PyObject?[], PyObject> body, string? qualName = null)
        : base(name, qualName ?? name, sig, new PyDict()) => _body = body;

    public override PyObject Invoke(ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        var slots = new PyObject?[Signature.SlotCount];
        Ops.BindArguments(this, args, kwNames, slots);
        return _body(slots);
    }

    public static TestFunction Positional(string name, int argc, Func<PyObject?[], PyObject> body, string? qualName = null)
    {
        var names = new string[argc];
        for (var i = 0; i < argc; i++) names[i] = i == 0 ? "self" : "a" + i;
        return new TestFunction(name, new FunctionSignature { ParameterNames = names, ArgCount = argc }, body, qualName);
    }
}

internal static class Py
{
    public static PyInt I(long v) => PyInt.From(v);
    public static PyFloat F(double v) => new(v);
    public static PyStr S(string v) => new(v);
    public static PyList L(params PyObject[] items) => new(items.ToList());
    public static PyTuple T(params PyObject[] items) => PyTuple.Of(items);
    public static PyObject Big(string digits) => PyInt.From(System.Numerics.BigInteger.Parse(digits));

    public static PySet Set(params long[] items)
    {
        var s = new PySet();
        foreach (var i in items) s.Add(PyInt.From(i));
        return s;
    }

    public static PyObject Bin(BinaryOperator op, PyObject a, PyObject b) => Ops.BinaryOp(op, a, b);

    public static PyType Class(string name, params PyType[] bases)
    {
        var b = bases.Length == 0 ? new[] { PyType.Object } : bases;
        var t = new PyType(name, b, "__main__") { IsHeapType = true };
        t.SetMro(PyType.ComputeC3Mro(t, b));
        return t;
    }

    public static void Def(PyType t, string name, int argc, Func<PyObject?[], PyObject> body) =>
        t.Dict[name] = TestFunction.Positional(name, argc, body, t.Name + "." + name);

    /// <summary>Runs code and returns "Type: message" of the Python exception it raises.</summary>
    public static string Error(Action a)
    {
        try
        {
            a();
        }
        catch (PyException e)
        {
            var msg = Ops.Str(e.Value);
            return msg.Length == 0 ? e.Value.Type.Name : e.Value.Type.Name + ": " + msg;
        }
        return "no error";
    }
}

namespace PyDbg.Vm.Runtime;

/// <summary>
/// Python's operator semantics, written once and used by both engines (the VM's dispatch loop
/// keeps only small inline fast paths for int/float and calls these otherwise). Errors are thrown
/// as <see cref="PyException"/> with CPython's messages.
/// CONTRACT: these signatures are frozen (add members freely, do not change these). The runtime
/// owner replaces the bodies and splits this class into partial files by concern.
/// </summary>
public static partial class Ops
{
    // ---- truth, identity, equality, hashing ----
    public static bool IsTrue(PyObject value) => throw new NotImplementedException();
    /// <summary>Equality as containers use it: identity first, then ==.</summary>
    public static bool Eq(PyObject a, PyObject b) => throw new NotImplementedException();
    /// <summary>hash(x) with CPython's values for int, float, bool, None, tuple (str: any stable hash).</summary>
    public static long Hash(PyObject value) => throw new NotImplementedException();

    // ---- operators ----
    public static PyObject BinaryOp(BinaryOperator op, PyObject a, PyObject b) => throw new NotImplementedException();
    public static PyObject UnaryOp(UnaryOperator op, PyObject a) => throw new NotImplementedException();
    /// <summary>Rich comparison; the result of a user __lt__ etc. may be any object.</summary>
    public static PyObject Compare(CompareOperator op, PyObject a, PyObject b) => throw new NotImplementedException();
    /// <summary>Comparison reduced to a bool (sorting, min/max, chained compares in native code).</summary>
    public static bool CompareBool(CompareOperator op, PyObject a, PyObject b) => throw new NotImplementedException();
    /// <summary>`item in container`.</summary>
    public static bool Contains(PyObject container, PyObject item) => throw new NotImplementedException();

    // ---- text ----
    public static string Repr(PyObject value) => throw new NotImplementedException();
    public static string Str(PyObject value) => throw new NotImplementedException();

    // ---- attributes ----
    public static PyObject GetAttr(PyObject obj, string name) => throw new NotImplementedException();
    public static bool TryGetAttr(PyObject obj, string name, out PyObject value) => throw new NotImplementedException();
    public static void SetAttr(PyObject obj, string name, PyObject value) => throw new NotImplementedException();
    public static void DelAttr(PyObject obj, string name) => throw new NotImplementedException();
    /// <summary>
    /// LOAD_METHOD's lookup: when the attribute is a function/method descriptor found on the type,
    /// returns it unbound with <paramref name="isUnbound"/> = true (call it with obj prepended);
    /// otherwise returns the ordinary attribute value.
    /// </summary>
    public static PyObject GetMethod(PyObject obj, string name, out bool isUnbound) => throw new NotImplementedException();

    // ---- items ----
    public static PyObject GetItem(PyObject obj, PyObject key) => throw new NotImplementedException();
    public static void SetItem(PyObject obj, PyObject key, PyObject value) => throw new NotImplementedException();
    public static void DelItem(PyObject obj, PyObject key) => throw new NotImplementedException();
    /// <summary>len(x) with CPython's TypeError ("object of type 'int' has no len()").</summary>
    public static long Len(PyObject obj) => throw new NotImplementedException();
    /// <summary>operator.index(x): ints and bools (and __index__); TypeError otherwise.</summary>
    public static long Index(PyObject obj) => throw new NotImplementedException();

    // ---- iteration ----
    public static PyObject GetIter(PyObject iterable) => throw new NotImplementedException();
    /// <summary>next(it) without exceptions for exhaustion: false when the iterator is exhausted.</summary>
    public static bool TryNext(PyObject iterator, out PyObject value) => throw new NotImplementedException();
    /// <summary>Unpacks exactly <paramref name="count"/> items (CPython's "not enough values to unpack (expected 3, got 2)").</summary>
    public static PyObject[] Unpack(PyObject iterable, int count) => throw new NotImplementedException();
    public static List<PyObject> ToList(PyObject iterable) => throw new NotImplementedException();

    // ---- calls ----
    /// <summary>Calls any callable with the vectorcall convention (see <see cref="BuiltinFunc"/>).</summary>
    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, string[]? kwNames = null) => throw new NotImplementedException();
    public static PyObject CallMethod(PyObject obj, string name, params PyObject[] args) => throw new NotImplementedException();
    /// <summary>
    /// Binds call arguments to a function's parameter slots with CPython's TypeErrors
    /// ("f() missing 1 required positional argument: 'b'", "f() takes 2 positional arguments but 3
    /// were given", "f() got an unexpected keyword argument 'x'", "f() got multiple values for argument 'a'").
    /// <paramref name="slots"/> has <see cref="FunctionSignature.SlotCount"/> entries.
    /// </summary>
    public static void BindArguments(PyFunctionBase function, ReadOnlySpan<PyObject> args, string[]? kwNames, Span<PyObject?> slots) => throw new NotImplementedException();

    /// <summary>type(x).__name__ — used in error messages everywhere.</summary>
    public static string TypeName(PyObject value) => value.Type.Name;
}

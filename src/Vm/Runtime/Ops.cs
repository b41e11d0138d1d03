namespace PyDbg.Vm.Runtime;

/// <summary>
/// Python's operator semantics, written once and used by both engines (the VM's dispatch loop
/// keeps only small inline fast paths for int/float and calls these otherwise). Errors are thrown
/// as <see cref="PyException"/> with CPython's messages.
/// CONTRACT: these signatures are frozen (add members freely, do not change these). The runtime
/// owner replaces the bodies and splits this class into partial files by concern:
/// Ops.Truth (IsTrue, Eq, Hash), Ops.Arithmetic (BinaryOp, UnaryOp), Ops.Compare (Compare,
/// CompareBool, Contains), Ops.Repr (Repr, Str), Ops.Attributes (GetAttr, TryGetAttr, SetAttr,
/// DelAttr, GetMethod), Ops.Items (GetItem, SetItem, DelItem, Len, Index), Ops.Iteration (GetIter,
/// TryNext, Unpack, ToList), Ops.Calls (Call, CallMethod, BindArguments), Ops.Special (dunder lookup).
/// </summary>
public static partial class Ops
{
    static Ops()
    {
        // object.__init__, BaseException.__init__, range.index, ... (no type initializer cycles:
        // PyType and PyExc never call into Ops while initialising)
        CoreMethods.Register();
    }

    /// <summary>type(x).__name__ — used in error messages everywhere.</summary>
    public static string TypeName(PyObject value) => value.Type.Name;
}

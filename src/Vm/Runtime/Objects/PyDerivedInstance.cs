namespace PyDbg.Vm.Runtime;

/// <summary>
/// An instance of a class derived from a built-in type (class Stack(list), class Pos(int)): a
/// user-class instance (own attributes in <see cref="PyInstance.Dict"/>, type the heap class) that
/// carries the built-in value it extends in <see cref="Value"/>, like the base struct at the start
/// of a CPython subclass instance. Ops' fast paths never match it (it is not a PyList), so every
/// operation goes through the class's special methods; the built-in type's native methods receive
/// <see cref="Value"/> as their receiver (see <see cref="Ops.NativeValue"/>).
/// </summary>
public sealed class PyDerivedInstance : PyInstance
{
    /// <summary>The built-in value: a PyList/PyDict/PySet filled in place by __init__ and the
    /// native methods, or the immutable PyInt/PyFloat/PyStr/PyTuple/PySet(frozen)/PyComplex made by __new__.</summary>
    public PyObject Value { get; }

    public PyDerivedInstance(PyType type, PyObject value) : base(type) => Value = value;
}

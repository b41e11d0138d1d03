namespace PyDbg.Vm.Runtime;

public sealed class PyTuple : PyObject
{
    public static readonly PyTuple Empty = new(Array.Empty<PyObject>());

    public readonly PyObject[] Items;
    /// <summary>Takes ownership of <paramref name="items"/>: do not mutate it afterwards.</summary>
    public PyTuple(PyObject[] items) => Items = items;

    public static PyTuple Of(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public override PyType Type => PyType.Tuple;
}

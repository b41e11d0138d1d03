namespace PyDbg.Vm.Runtime;

public sealed class PyList : PyObject
{
    public readonly List<PyObject> Items;
    public PyList() => Items = new List<PyObject>();
    public PyList(List<PyObject> items) => Items = items;
    public PyList(IEnumerable<PyObject> items) => Items = new List<PyObject>(items);
    public PyList(int capacity) => Items = new List<PyObject>(capacity);
    public override PyType Type => PyType.List;
}

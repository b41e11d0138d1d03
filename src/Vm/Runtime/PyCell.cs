namespace PyDbg.Vm.Runtime;

/// <summary>A closure cell. <see cref="Value"/> is null while the variable is unbound.</summary>
public sealed class PyCell : PyObject
{
    public PyObject? Value;
    public PyCell(PyObject? value = null) => Value = value;
    public override PyType Type => PyType.Cell;
}

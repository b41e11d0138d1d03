namespace PyDbg.Vm.Runtime;

public sealed class PyFloat : PyObject
{
    public readonly double Value;
    public PyFloat(double value) => Value = value;

    public static readonly PyFloat Zero = new(0.0);
    public static readonly PyFloat One = new(1.0);

    public override PyType Type => PyType.Float;
}

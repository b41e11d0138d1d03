namespace PyDbg.Vm.Runtime;

/// <summary>bool. A subclass of int in Python: the operator code treats True/False as 1/0 on slow paths.</summary>
public sealed class PyBool : PyObject
{
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);

    public readonly bool Value;
    private PyBool(bool value) => Value = value;

    public static PyBool From(bool value) => value ? True : False;
    public override PyType Type => PyType.Bool;
}

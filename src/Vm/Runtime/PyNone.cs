namespace PyDbg.Vm.Runtime;

public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override PyType Type => PyType.NoneType;
}

/// <summary>The Ellipsis singleton (<c>...</c>).</summary>
public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();
    private PyEllipsis() { }
    public override PyType Type => PyType.EllipsisType;
}

/// <summary>The NotImplemented singleton returned by binary special methods.</summary>
public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();
    private PyNotImplemented() { }
    public override PyType Type => PyType.NotImplementedType;
}

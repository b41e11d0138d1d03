namespace PyDbg.Vm.Runtime;

/// <summary>
/// An instance of BaseException or any subclass (built-in or user-defined). The traceback is a
/// list of entries, innermost last (CPython prints them in that order).
/// </summary>
public class PyBaseException : PyObject
{
    private PyType _type;
    public PyTuple Args { get; set; }
    public PyBaseException? Cause { get; set; }
    public PyBaseException? Context { get; set; }
    public bool SuppressContext { get; set; }
    /// <summary>Frames the exception passed through, outermost first (CPython's print order).</summary>
    public List<TracebackEntry> Traceback { get; } = new();
    /// <summary>Instance attributes (user exception classes may set any).</summary>
    public Dictionary<string, PyObject>? Dict { get; set; }

    public PyBaseException(PyType type, PyTuple args)
    {
        _type = type;
        Args = args;
    }

    public override PyType Type => _type;
    public void SetType(PyType type) => _type = type;

    /// <summary>str(exc) for the common built-in cases: '' / the single arg's str / the args tuple's repr.</summary>
    public virtual string MessageText => Args.Items.Length switch
    {
        0 => "",
        1 => _type.IsSubtypeOf(PyExc.KeyError) ? Ops.Repr(Args.Items[0]) : Ops.Str(Args.Items[0]),
        _ => Ops.Repr(Args),
    };
}

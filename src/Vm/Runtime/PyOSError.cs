namespace PyDbg.Vm.Runtime;

/// <summary>
/// OSError and its subclasses: OSError(errno, strerror[, filename[, winerror[, filename2]]]) sets
/// .errno/.strerror/.filename/.filename2 and keeps only (errno, strerror) in args; called as
/// OSError itself with a known errno it becomes that errno's subclass (OSError(2, "x") is a
/// FileNotFoundError); str() is "[Errno 2] x: 'name'". Like CPython's oserror_parse_args.
/// </summary>
public sealed class PyOSError : PyBaseException
{
    public PyObject Errno { get; set; } = PyNone.Instance;
    public PyObject StrErrorValue { get; set; } = PyNone.Instance;
    public PyObject FileName { get; set; } = PyNone.Instance;
    public PyObject FileName2 { get; set; } = PyNone.Instance;

    public PyOSError(PyType type, PyTuple args) : base(type, args) => Parse(args);

    /// <summary>Calling an OSError type: picks the errno's subclass when the type is OSError itself.</summary>
    public static PyOSError Create(PyType type, PyTuple args)
    {
        if (ReferenceEquals(type, PyExc.OSError) && args.Items.Length >= 2 && args.Items[0] is PyInt { IsSmall: true } n
            && SubclassFor(n.Small) is { } sub)
            type = sub;
        return new PyOSError(type, args);
    }

    /// <summary>Sets the fields from the constructor arguments (also what OSError.__init__ does).</summary>
    public void Parse(PyTuple args)
    {
        Args = args;
        Errno = StrErrorValue = FileName = FileName2 = PyNone.Instance;
        var a = args.Items;
        if (a.Length < 2 || a.Length > 5) return;
        Errno = a[0];
        StrErrorValue = a[1];
        if (a.Length >= 3)
        {
            FileName = a[2];
            if (a.Length == 5) FileName2 = a[4];
            Args = PyTuple.Of(a[0], a[1]);
        }
    }

    public override string MessageText
    {
        get
        {
            if (FileName is not PyNone)
            {
                var head = $"[Errno {Ops.Str(Errno)}] {Ops.Str(StrErrorValue)}: {Ops.Repr(FileName)}";
                return FileName2 is PyNone ? head : head + " -> " + Ops.Repr(FileName2);
            }
            if (Args.Items.Length >= 2 && Args.Items.Length <= 5)
                return $"[Errno {Ops.Str(Errno)}] {Ops.Str(StrErrorValue)}";
            return base.MessageText;
        }
    }

    /// <summary>The .errno/.strerror/.filename/.filename2 attributes; null for other names.</summary>
    public PyObject? GetField(string name) => name switch
    {
        "errno" => Errno,
        "strerror" => StrErrorValue,
        "filename" => FileName,
        "filename2" => FileName2,
        _ => null,
    };

    public bool SetField(string name, PyObject value)
    {
        switch (name)
        {
            case "errno": Errno = value; return true;
            case "strerror": StrErrorValue = value; return true;
            case "filename": FileName = value; return true;
            case "filename2": FileName2 = value; return true;
        }
        return false;
    }

    /// <summary>CPython's errno -> OSError subclass map (PEP 3151), Linux errno values.</summary>
    public static PyType? SubclassFor(long errno) => errno switch
    {
        11 or 114 or 115 => PyExc.BlockingIOError,    // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
        10 => PyExc.ChildProcessError,                // ECHILD
        32 or 108 => PyExc.BrokenPipeError,           // EPIPE, ESHUTDOWN
        103 => PyExc.ConnectionAbortedError,          // ECONNABORTED
        111 => PyExc.ConnectionRefusedError,          // ECONNREFUSED
        104 => PyExc.ConnectionResetError,            // ECONNRESET
        17 => PyExc.FileExistsError,                  // EEXIST
        2 => PyExc.FileNotFoundError,                 // ENOENT
        21 => PyExc.IsADirectoryError,                // EISDIR
        20 => PyExc.NotADirectoryError,               // ENOTDIR
        4 => PyExc.InterruptedError,                  // EINTR
        13 or 1 => PyExc.PermissionError,             // EACCES, EPERM
        3 => PyExc.ProcessLookupError,                // ESRCH
        110 => PyExc.TimeoutError,                    // ETIMEDOUT
        _ => null,
    };

    /// <summary>strerror(errno) of the GNU C library for the common values.</summary>
    public static string StrError(int errno) => errno switch
    {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        3 => "No such process",
        4 => "Interrupted system call",
        5 => "Input/output error",
        9 => "Bad file descriptor",
        10 => "No child processes",
        11 => "Resource temporarily unavailable",
        12 => "Cannot allocate memory",
        13 => "Permission denied",
        17 => "File exists",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        24 => "Too many open files",
        28 => "No space left on device",
        30 => "Read-only file system",
        32 => "Broken pipe",
        36 => "File name too long",
        39 => "Directory not empty",
        103 => "Software caused connection abort",
        104 => "Connection reset by peer",
        110 => "Connection timed out",
        111 => "Connection refused",
        _ => $"Unknown error {errno}",
    };
}

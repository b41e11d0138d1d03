namespace PyDbg.Vm.Runtime;

/// <summary>
/// The built-in exception hierarchy (CPython 3.11's names and bases) and helpers to raise them
/// from native code: <c>throw PyExc.Error(PyExc.TypeError, "...")</c>.
/// </summary>
public static class PyExc
{
    private static PyType T(string name, PyType @base) => new(name, new[] { @base }) { IsCoreNative = true };

    public static readonly PyType BaseException = new("BaseException", new[] { PyType.Object }) { IsCoreNative = true };
    public static readonly PyType SystemExit = T("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = T("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = T("GeneratorExit", BaseException);
    public static readonly PyType Exception = T("Exception", BaseException);
    public static readonly PyType StopIteration = T("StopIteration", Exception);
    public static readonly PyType StopAsyncIteration = T("StopAsyncIteration", Exception);
    public static readonly PyType ArithmeticError = T("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = T("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = T("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = T("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = T("AssertionError", Exception);
    public static readonly PyType AttributeError = T("AttributeError", Exception);
    public static readonly PyType BufferError = T("BufferError", Exception);
    public static readonly PyType EOFError = T("EOFError", Exception);
    public static readonly PyType ImportError = T("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = T("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = T("LookupError", Exception);
    public static readonly PyType IndexError = T("IndexError", LookupError);
    public static readonly PyType KeyError = T("KeyError", LookupError);
    public static readonly PyType MemoryError = T("MemoryError", Exception);
    public static readonly PyType NameError = T("NameError", Exception);
    public static readonly PyType UnboundLocalError = T("UnboundLocalError", NameError);
    public static readonly PyType OSError = T("OSError", Exception);
    public static readonly PyType BlockingIOError = T("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = T("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = T("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = T("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = T("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = T("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = T("ConnectionResetError", ConnectionError);
    public static readonly PyType FileExistsError = T("FileExistsError", OSError);
    public static readonly PyType FileNotFoundError = T("FileNotFoundError", OSError);
    public static readonly PyType InterruptedError = T("InterruptedError", OSError);
    public static readonly PyType IsADirectoryError = T("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = T("NotADirectoryError", OSError);
    public static readonly PyType PermissionError = T("PermissionError", OSError);
    public static readonly PyType ProcessLookupError = T("ProcessLookupError", OSError);
    public static readonly PyType TimeoutError = T("TimeoutError", OSError);
    public static readonly PyType ReferenceError = T("ReferenceError", Exception);
    public static readonly PyType RuntimeError = T("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = T("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = T("RecursionError", RuntimeError);
    public static readonly PyType SyntaxError = T("SyntaxError", Exception);
    public static readonly PyType IndentationError = T("IndentationError", SyntaxError);
    public static readonly PyType TabError = T("TabError", IndentationError);
    public static readonly PyType SystemError = T("SystemError", Exception);
    public static readonly PyType TypeError = T("TypeError", Exception);
    public static readonly PyType ValueError = T("ValueError", Exception);
    public static readonly PyType UnicodeError = T("UnicodeError", ValueError);
    public static readonly PyType Warning = T("Warning", Exception);
    public static readonly PyType DeprecationWarning = T("DeprecationWarning", Warning);
    public static readonly PyType RuntimeWarning = T("RuntimeWarning", Warning);
    public static readonly PyType UserWarning = T("UserWarning", Warning);

    /// <summary>Every built-in exception type, for registering them as builtins.</summary>
    public static IEnumerable<PyType> All => typeof(PyExc).GetFields()
        .Where(f => f.FieldType == typeof(PyType)).Select(f => (PyType)f.GetValue(null)!);

    /// <summary>Creates an exception instance of <paramref name="type"/> with one str argument.</summary>
    public static PyBaseException Create(PyType type, string message) =>
        new(type, PyTuple.Of(new PyStr(message)));

    /// <summary>A new instance of an exception class (BaseException.__new__): OSError and its
    /// subclasses get their errno/strerror/filename fields.</summary>
    public static PyBaseException NewInstance(PyType type, PyTuple args) =>
        type.IsSubtypeOf(OSError) ? new PyOSError(type, args) : new PyBaseException(type, args);

    /// <summary>OSError for a failed system call: the errno's subclass with the C library's message,
    /// e.g. FileNotFoundError "[Errno 2] No such file or directory: 'x'".</summary>
    public static PyException OSErr(int errno, string? filename = null) =>
        new(PyOSError.Create(OSError, filename is null
            ? PyTuple.Of(PyInt.From(errno), new PyStr(PyOSError.StrError(errno)))
            : PyTuple.Of(PyInt.From(errno), new PyStr(PyOSError.StrError(errno)), new PyStr(filename))));

    /// <summary>The .NET carrier to throw from native code.</summary>
    public static PyException Error(PyType type, string message) => new(Create(type, message));

    /// <summary>KeyError's argument is the key itself (its str is the key's repr).</summary>
    public static PyException KeyErr(PyObject key) => new(new PyBaseException(KeyError, PyTuple.Of(key)));

    public static PyException TypeErr(string message) => Error(TypeError, message);
    public static PyException ValueErr(string message) => Error(ValueError, message);
    public static PyException IndexErr(string message) => Error(IndexError, message);
    public static PyException AttributeErr(string message) => Error(AttributeError, message);
    public static PyException NameErr(string name) => Error(NameError, $"name '{name}' is not defined");
    public static PyException ZeroDivision(string message) => Error(ZeroDivisionError, message);
    public static PyException Overflow(string message) => Error(OverflowError, message);
    public static PyException Memory() => new(new PyBaseException(MemoryError, PyTuple.Empty));
    public static PyException Recursion() => Error(RecursionError, "maximum recursion depth exceeded");
}

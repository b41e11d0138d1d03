namespace PyDbg.Vm.Runtime;

/// <summary>
/// Everything one running program shares: its output sinks, its builtins, its modules and its
/// limits. The program runs on one thread; <see cref="Current"/> is that thread's context, so
/// native code (print, input, the recursion guard) reaches it without an extra parameter.
/// </summary>
public sealed class PyContext
{
    [ThreadStatic] private static PyContext? _current;

    public static PyContext Current => _current ?? throw new InvalidOperationException("No Python context on this thread.");

    /// <summary>The current context, or null when none is entered on this thread.</summary>
    public static PyContext? CurrentOrNull => _current;

    /// <summary>The current context's MaxSequenceLength (the default when no context is entered).</summary>
    public static long CurrentMaxSequenceLength => _current?.MaxSequenceLength ?? (1L << 28);

    public TextWriter Stdout { get; set; } = TextWriter.Null;
    public TextWriter Stderr { get; set; } = TextWriter.Null;
    public TextReader Stdin { get; set; } = TextReader.Null;
    public string[] Argv { get; set; } = Array.Empty<string>();
    /// <summary>sys.getrecursionlimit(): the maximum depth of Python frames.</summary>
    public int RecursionLimit { get; set; } = 1000;
    /// <summary>The number of Python frames now active on this context (both engines count here,
    /// native calls back into Python included); RecursionError when it would pass the limit.</summary>
    public int CallDepth;
    /// <summary>Largest number of items a list/tuple/str operation may create before MemoryError.</summary>
    public long MaxSequenceLength { get; set; } = 1L << 28;
    /// <summary>The builtins namespace (print, len, ... and the exception types).</summary>
    public PyDict Builtins { get; } = new();
    public Dictionary<string, PyModule> Modules { get; } = new();
    /// <summary>Loads a module written in Python (a .py file next to the main program), running its
    /// body once; null when there is no such file. Set by the frontend, which can compile source.</summary>
    public Func<string, PyModule?>? SourceModuleLoader { get; set; }

    /// <summary>Makes this context current on the calling thread until the result is disposed.</summary>
    public IDisposable Enter()
    {
        var previous = _current;
        _current = this;
        return new Restore(previous);
    }

    private sealed class Restore(PyContext? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}

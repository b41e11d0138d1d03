using PyDbg.Frontend.Compilation;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Engines;

/// <summary>
/// A program run under a <see cref="Debugger"/>: the source is compiled on construction (so the
/// controller can set and verify breakpoints first), then <see cref="Start"/> runs it on its own
/// thread (ProgramRunner's large stack) with the debugger attached. Program output goes to the
/// given sinks (e.g. an adapter's output events); an uncaught exception's traceback goes to stderr
/// as with `python3 FILE`, SystemExit gives the exit code.
/// </summary>
public sealed class DebugRun
{
    private readonly SourceText _source;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly string[] _argv;
    private readonly TextReader _stdin;
    private readonly ManualResetEventSlim _exited = new(false);
    private Thread? _thread;

    public Debugger Debugger { get; }
    /// <summary>The compiled module (null when the program has a syntax error: see <see cref="SyntaxError"/>).</summary>
    public CodeObject? Code { get; }
    public PythonSyntaxError? SyntaxError { get; }
    public int ExitCode { get; private set; }
    public bool HasExited => _exited.IsSet;
    /// <summary>Raised on the program thread when the program has finished (the exit code).</summary>
    public event Action<int>? Exited;

    /// <param name="stdin">The program's stdin (input(), sys.stdin); default: empty, so a debugged
    /// program never reads the adapter's own stdin. Reads block interruptibly (Pause/Terminate).</param>
    public DebugRun(string source, string fileName, Debugger debugger, TextWriter stdout, TextWriter stderr, string[]? argv = null,
        TextReader? stdin = null)
    {
        _source = new SourceText(fileName, source);
        Debugger = debugger;
        _stdout = stdout;
        _stderr = stderr;
        _argv = argv ?? new[] { fileName };
        _stdin = stdin ?? TextReader.Null;
        try
        {
            Code = Compiler.CompileModule(Parser.ParseModule(_source), _source);
            debugger.AddProgram(Code);
        }
        catch (PythonSyntaxError e)
        {
            SyntaxError = e;
        }
    }

    /// <summary>A debug run whose program output is forwarded to the debugger's Output event ("stdout"/"stderr").</summary>
    public static DebugRun WithDebuggerOutput(string source, string fileName, Debugger debugger, Action<string, string> output, string[]? argv = null,
        TextReader? stdin = null) =>
        new(source, fileName, debugger, new SinkWriter("stdout", output), new SinkWriter("stderr", output), argv, stdin);

    public void Start()
    {
        _thread = new Thread(Main, ProgramRunner.ProgramThreadStackBytes) { Name = "python-main (debug)", IsBackground = true };
        _thread.Start();
    }

    /// <summary>Waits for the program to finish; false on timeout.</summary>
    public bool WaitForExit(TimeSpan timeout) => _exited.Wait(timeout);

    private void Main()
    {
        var code = 1;
        try
        {
            code = RunOnThisThread();
        }
        finally
        {
            ExitCode = code;
            _exited.Set();
            Exited?.Invoke(code);
        }
    }

    private int RunOnThisThread()
    {
        var context = ProgramRunner.CreateContext(_stdout, _stderr, _argv);
        using var _ = context.Enter();
        if (SyntaxError is { } syntax)
        {
            _stderr.Write(syntax.Format());
            _stderr.Flush();
            return 1;
        }
        context.Stdin = new DebuggerStdin(_stdin, Debugger);
        var sources = new SourceRegistry();
        sources.Add(_source);
        // `import NAME` finds NAME.py next to the program, as `pydbg run` does; the loader announces
        // each compiled module to the debugger (breakpoints in imported files).
        var directory = Path.GetDirectoryName(_source.FileName);
        if (string.IsNullOrEmpty(directory)) directory = Directory.GetCurrentDirectory();
        var loader = new SourceModuleLoader(directory, EngineKind.Vm, sources, new Dictionary<string, PyDict>());
        context.SourceModuleLoader = loader.Load;
        Debugger.AttachToCurrentThread();
        try
        {
            Interpreter.RunModule(Code!, ProgramRunner.NewMainGlobals(_source.FileName), context.Builtins);
            _stdout.Flush();
            return 0;
        }
        catch (PyException e)
        {
            _stdout.Flush();
            if (e.Value.Type.IsSubtypeOf(PyExc.SystemExit)) return SystemExitCode(e.Value);
            _stderr.Write(TracebackFormatter.Format(e.Value, sources.GetLine));
            _stderr.Flush();
            return 1;
        }
        catch (InsufficientExecutionStackException)
        {
            _stdout.Flush();
            _stderr.WriteLine("RecursionError: maximum recursion depth exceeded");
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _stdout.Flush();
            _stderr.WriteLine($"SystemError: internal error in pydbg ({e.GetType().Name}); please report this program");
            return 1;
        }
        finally
        {
            Debugger.DetachFromCurrentThread();
        }
    }

    private int SystemExitCode(PyBaseException exc)
    {
        var items = exc.Args.Items;
        PyObject code = items.Length switch { 0 => PyNone.Instance, 1 => items[0], _ => exc.Args };
        switch (code)
        {
            case PyNone: return 0;
            case PyBool b: return b.Value ? 1 : 0;
            case PyInt i: return i.IsSmall ? unchecked((int)i.Small) : -1;
            default:
                _stderr.WriteLine(Ops.Str(code));
                _stderr.Flush();
                return 1;
        }
    }

    /// <summary>A TextWriter that hands every write to a (category, text) sink.</summary>
    public sealed class SinkWriter : TextWriter
    {
        private readonly string _category;
        private readonly Action<string, string> _sink;

        public SinkWriter(string category, Action<string, string> sink)
        {
            _category = category;
            _sink = sink;
        }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
        public override void Write(char value) => _sink(_category, value.ToString());
        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value)) _sink(_category, value);
        }
        public override void Write(char[] buffer, int index, int count)
        {
            if (count > 0) _sink(_category, new string(buffer, index, count));
        }
    }
}

using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Engines;

/// <summary>
/// Runs a whole program like `python3 FILE`: reads it, parses it (a syntax error is printed in
/// CPython's format, exit 1), runs it on the chosen engine in a fresh PyContext on a thread with
/// a large stack, prints an uncaught exception's traceback on stderr (exit 1), honours SystemExit.
/// </summary>
public static class ProgramRunner
{
    /// <summary>Stack of the thread that runs a program: deep enough for the tree-walker's 1000
    /// Python frames and for native recursion up to the guards' limits.</summary>
    public const int ProgramThreadStackBytes = 512 * 1024 * 1024;

    public static int Run(string path, EngineKind engine, TextWriter stdout, TextWriter stderr, string[]? argv = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "[Errno 2] No such file or directory",
                UnauthorizedAccessException => "[Errno 13] Permission denied",
                _ => "[Errno 22] Invalid argument",
            };
            stderr.WriteLine($"pydbg: can't open file '{SafeFullPath(path)}': {reason}");
            return 2;
        }
        // Like CPython 3.9+, tracebacks name the main program by its absolute path.
        return RunSource(text, SafeFullPath(path), engine, stdout, stderr, argv);
    }

    /// <summary>Runs source text given directly (tests); <paramref name="fileName"/> is used in tracebacks.</summary>
    public static int RunSource(string source, string fileName, EngineKind engine, TextWriter stdout, TextWriter stderr, string[]? argv = null)
    {
        var exitCode = 0;
        var thread = new Thread(() => exitCode = RunOnThisThread(source, fileName, engine, stdout, stderr, argv),
            ProgramThreadStackBytes) { Name = "python-main", IsBackground = true };
        thread.Start();
        thread.Join();
        return exitCode;
    }

    private static int RunOnThisThread(string source, string fileName, EngineKind engine, TextWriter stdout, TextWriter stderr, string[]? argv)
    {
        var sources = new SourceRegistry();
        var globalsByFile = new Dictionary<string, PyDict>();
        PyContext? context = null;
        IDisposable? entered = null;
        try
        {
            var sourceText = new SourceText(fileName, source);
            sources.Add(sourceText);
            context = CreateContext(stdout, stderr, argv ?? new[] { fileName });
            entered = context.Enter();
            var directory = Path.GetDirectoryName(fileName);
            if (string.IsNullOrEmpty(directory)) directory = Directory.GetCurrentDirectory();
            var loader = new SourceModuleLoader(directory, engine, sources, globalsByFile);
            context.SourceModuleLoader = loader.Load;
            Module module;
            try
            {
                module = Parser.ParseModule(sourceText);
            }
            catch (PythonSyntaxError e)
            {
                stdout.Flush();
                stderr.Write(e.Format());
                return 1;
            }
            var globals = NewMainGlobals(fileName);
            globalsByFile[fileName] = globals;
            IExecutionEngine runner = engine == EngineKind.Vm ? new VmEngine() : new TreeWalkEngine();
            runner.Execute(module, sourceText, globals);
            stdout.Flush();
            return 0;
        }
        catch (PythonSyntaxError e)
        {
            // Raised by the compiler (e.g. 'return' outside function).
            stdout.Flush();
            stderr.Write(e.Format());
            return 1;
        }
        catch (PyException e)
        {
            return ReportUncaught(e.Value, sources, globalsByFile, context, stdout, stderr);
        }
        catch (InsufficientExecutionStackException)
        {
            stdout.Flush();
            stderr.WriteLine("RecursionError: maximum recursion depth exceeded");
            return 1;
        }
        catch (OutOfMemoryException)
        {
            stdout.Flush();
            stderr.WriteLine("MemoryError");
            return 1;
        }
        catch (Exception e)
        {
            // A defect of PyDbg itself: say so in one Python-style line, never a .NET stack trace.
            stdout.Flush();
            stderr.WriteLine($"SystemError: internal error in pydbg ({e.GetType().Name}); please report this program");
            return 1;
        }
        finally
        {
            entered?.Dispose();
        }
    }

    /// <summary>A context with the builtins installed, writing to the given sinks.</summary>
    public static PyContext CreateContext(TextWriter stdout, TextWriter stderr, string[] argv)
    {
        var context = new PyContext { Stdout = stdout, Stderr = stderr, Argv = argv, Stdin = Console.In };
        Builtins.Populate(context.Builtins);
        return context;
    }

    /// <summary>The namespace of the main module: __name__ is "__main__".</summary>
    public static PyDict NewMainGlobals(string fileName)
    {
        var globals = new PyDict();
        globals.SetItem("__name__", PyStr.From("__main__"));
        globals.SetItem("__file__", PyStr.From(fileName));
        globals.SetItem("__doc__", PyNone.Instance);
        return globals;
    }

    private static int ReportUncaught(PyBaseException exc, SourceRegistry sources, Dictionary<string, PyDict> globalsByFile,
        PyContext? context, TextWriter stdout, TextWriter stderr)
    {
        stdout.Flush();
        if (exc.Type.IsSubtypeOf(PyExc.SystemExit))
            return SystemExitCode(exc, stderr);
        stderr.Write(TracebackFormatter.Format(exc, sources.GetLine, e => Suggest(e, globalsByFile, context)));
        stderr.Flush();
        return 1;
    }

    /// <summary>CPython's "Did you mean" for a NameError (the globals of the module the error happened
    /// in, then the builtins; frame locals are not kept) or an AttributeError (dir of its obj).</summary>
    private static string? Suggest(PyBaseException exc, Dictionary<string, PyDict> globalsByFile, PyContext? context)
    {
        if (exc.Dict is { } d && d.TryGetValue(PyDbg.Vm.Execution.Interpreter.SuggestionKey, out var computed))
            return computed is PyStr cs ? cs.Value : null;
        if (exc.Type == PyExc.NameError)
        {
            if (exc.Args.Items.Length != 1 || exc.Args.Items[0] is not PyStr message) return null;
            const string prefix = "name '", suffix = "' is not defined";
            var text = message.Value;
            if (!text.StartsWith(prefix, StringComparison.Ordinal) || !text.EndsWith(suffix, StringComparison.Ordinal)) return null;
            var name = text[prefix.Length..^suffix.Length];
            PyDict? globals = null;
            if (exc.Traceback.Count > 0) globalsByFile.TryGetValue(exc.Traceback[^1].FileName, out globals);
            return Suggestions.ForName(name, null, globals, context?.Builtins);
        }
        if (exc.Type == PyExc.AttributeError && exc.Dict is { } dict
            && dict.TryGetValue("name", out var attr) && attr is PyStr attrName && dict.TryGetValue("obj", out var obj))
            return Suggestions.ForAttribute(obj, attrName.Value);
        return null;
    }

    /// <summary>CPython's handling of an uncaught SystemExit: None -> 0, int -> that code, else print it and exit 1.</summary>
    private static int SystemExitCode(PyBaseException exc, TextWriter stderr)
    {
        var code = exc.Args.Items.Length switch
        {
            0 => PyNone.Instance,
            1 => exc.Args.Items[0],
            _ => exc.Args,
        };
        switch (code)
        {
            case PyNone: return 0;
            case PyInt i: return i.IsSmall ? unchecked((int)i.Small) : -1;
            case PyBool b: return b.Value ? 1 : 0;
            default:
                stderr.WriteLine(Ops.Str(code));
                return 1;
        }
    }

    private static string SafeFullPath(string path)
    {
        try { return Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return path; }
    }
}

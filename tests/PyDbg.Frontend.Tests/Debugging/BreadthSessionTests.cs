using System.Collections.Concurrent;
using System.Text;
using PyDbg.Frontend.Engines;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Debugging.Inspection;

namespace PyDbg.Frontend.Tests.Debugging;

/// <summary>What a test tells the debugger after a stop.</summary>
internal enum Cmd { Continue, In, Over, Out, InI, OverI, OutI }

/// <summary>
/// Drives a program under the VM <see cref="Debugger"/> from the test thread (every wait bounded).
/// Stops are described as "Reason file:line qualname"; <see cref="OnStop"/> runs on the program
/// thread while it is stopped (where inspection that runs Python code must happen).
/// </summary>
internal sealed class BreadthSession : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    public const string MainFile = "/tmp/breadth_main.py";

    private readonly BlockingCollection<StopEvent?> _events = new();
    private readonly StringBuilder _stdout = new();
    private readonly List<Exception> _handlerFailures = new();

    public Debugger Debugger { get; }
    public DebugRun Run { get; }
    /// <summary>Runs on the program thread at each stop, before the test thread sees the stop.</summary>
    public Action<StopEvent>? OnStop { get; set; }

    public BreadthSession(string source, string file = MainFile)
    {
        Debugger = new Debugger(new PyDbg.Frontend.Debugging.FrameEvaluator());
        Debugger.Stopped += e =>
        {
            try { OnStop?.Invoke(e); }
            catch (Exception ex) { lock (_handlerFailures) _handlerFailures.Add(ex); }
            _events.Add(e);
        };
        Run = DebugRun.WithDebuggerOutput(source, file, Debugger, (category, text) =>
        {
            lock (_stdout) _stdout.Append(category == "stderr" ? "[err]" + text : text);
        });
        Run.Exited += _ => _events.Add(null);
        Run.SyntaxError.Should().BeNull();
    }

    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

    private bool _started;

    public void Start()
    {
        _started = true;
        Run.Start();
    }

    /// <summary>The next stop, or null when the program ended.</summary>
    public StopEvent? Next()
    {
        if (!_events.TryTake(out var e, Timeout))
            throw new Xunit.Sdk.XunitException("the program neither stopped nor ended within 15 s; output: " + Stdout);
        ThrowHandlerFailure();
        return e;
    }

    public StopEvent NextStop() => Next() ?? throw new Xunit.Sdk.XunitException("the program ended; output: " + Stdout);

    public void ThrowHandlerFailure()
    {
        lock (_handlerFailures)
            if (_handlerFailures.Count > 0)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_handlerFailures[0]).Throw();
    }

    public void Issue(Cmd cmd)
    {
        var ok = cmd switch
        {
            Cmd.Continue => Debugger.Continue(),
            Cmd.In => Debugger.StepIn(),
            Cmd.Over => Debugger.StepOver(),
            Cmd.Out => Debugger.StepOut(),
            Cmd.InI => Debugger.StepIn(StepGranularity.Instruction),
            Cmd.OverI => Debugger.StepOver(StepGranularity.Instruction),
            _ => Debugger.StepOut(StepGranularity.Instruction),
        };
        ok.Should().BeTrue();
    }

    /// <summary>Starts the program and, after each stop, issues what <paramref name="policy"/> says;
    /// returns the stop descriptions until the program ends.</summary>
    public List<string> Drive(Func<StopEvent, int, Cmd> policy, Func<StopEvent, string>? describe = null, int max = 300)
    {
        Start();
        var seen = new List<string>();
        while (true)
        {
            var e = Next();
            if (e is null) break;
            seen.Add((describe ?? Describe)(e));
            if (seen.Count > max) throw new Xunit.Sdk.XunitException("too many stops: " + string.Join(" | ", seen.TakeLast(10)));
            Issue(policy(e, seen.Count - 1));
        }
        ThrowHandlerFailure();
        return seen;
    }

    /// <summary>"Reason file:line qualname".</summary>
    public static string Describe(StopEvent e) =>
        $"{e.Reason} {Path.GetFileName(e.FileName)}:{e.Line} {e.Code.QualName}";

    /// <summary>The qualnames of the stack, innermost first, joined by " < ".</summary>
    public static string StackOf(StopEvent e) =>
        string.Join(" < ", FrameInspector.Stack(e.Frame).Select(f => f.QualName));

    /// <summary>Describe plus the stack.</summary>
    public static string WithStack(StopEvent e) => Describe(e) + " [" + StackOf(e) + "]";

    public void Dispose()
    {
        if (_started && !Run.HasExited)
        {
            Debugger.Terminate();
            Run.WaitForExit(Timeout);
        }
    }

    /// <summary>One-shot: line breakpoints in the main file, then drive.</summary>
    public static (List<string> Stops, string Stdout) RunWith(string source, int[] lines, Func<StopEvent, int, Cmd> policy,
        Func<StopEvent, string>? describe = null, string[]? functions = null, (bool Raised, bool Uncaught)? exceptions = null,
        bool stopOnEntry = false)
    {
        using var s = new BreadthSession(source);
        if (lines.Length > 0)
            s.Debugger.SetLineBreakpoints(MainFile, lines.Select(l => new LineBreakpointRequest(l)))
                .Should().OnlyContain(b => b.Verified);
        if (functions is not null)
            s.Debugger.SetFunctionBreakpoints(functions.Select(f => new FunctionBreakpointRequest(f)))
                .Should().OnlyContain(b => b.Verified);
        if (exceptions is { } ex) s.Debugger.SetExceptionBreakpoints(ex.Raised, ex.Uncaught);
        if (stopOnEntry) s.Debugger.StopOnEntry();
        var stops = s.Drive(policy, describe);
        return (stops, s.Stdout);
    }
}

public class BreadthSessionTests
{
    [Fact]
    public void HarnessSeesBreakpointsAndTheEnd()
    {
        var (stops, stdout) = BreadthSession.RunWith("def f():\n    return 1\nprint(f())\n", new[] { 2 }, (_, _) => Cmd.Continue,
            BreadthSession.WithStack);
        stops.Should().Equal("Breakpoint breadth_main.py:2 f [f < <module>]");
        stdout.Should().Be("1\n");
    }
}

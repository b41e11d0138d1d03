using PyDbg.Vm.Debugging;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Debugging;

public class CoreInvokeTests
{
    private const string Program = """
class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        calls.append(self.x)
        return f"Point({self.x})"
calls = []
p = Point(7)
print("before")
print(len(calls))
""";

    [Fact]
    public void InvokeRunsOnTheProgramThread_UserReprRunsThere_BreakpointsInsideAreSuppressed()
    {
        using var s = new CoreSession(Program);
        // Line 5 is inside __repr__: evaluation must not stop there.
        s.Debugger.SetLineBreakpoints(s.File, new[] { new LineBreakpointRequest(9), new LineBreakpointRequest(5) });
        s.Debugger.IsStopped.Should().BeFalse();
        s.Start();
        var e = s.Next();
        CoreSession.Describe(e).Should().Be("Breakpoint core_dbg_test.py:9");
        s.Debugger.IsStopped.Should().BeTrue();
        var thread = s.Debugger.Invoke(() => Thread.CurrentThread);
        thread.Should().BeSameAs(s.Debugger.ProgramThread);
        thread.Should().NotBeSameAs(Thread.CurrentThread);
        var repr = s.Debugger.Invoke(() => Ops.Repr(e.Frame.Globals.TryGetValue("p", out var p) ? p : PyNone.Instance));
        repr.Should().Be("Point(7)");
        s.HasPendingStop.Should().BeFalse();
        s.Debugger.IsStopped.Should().BeTrue();
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("before\n1\n");
    }

    [Fact]
    public void InvokeRethrowsTheWorksExceptionObject()
    {
        using var s = new CoreSession(Program);
        s.Debugger.SetLineBreakpoints(s.File, new[] { new LineBreakpointRequest(9) });
        s.Start();
        var e = s.Next();
        IFrameEvaluator evaluator = new PyDbg.Frontend.Debugging.FrameEvaluator();
        var act = () => s.Debugger.Invoke(() => evaluator.Evaluate(e.Frame, "1 / 0"));
        act.Should().Throw<PyException>().Which.Value.Type.Should().BeSameAs(PyExc.ZeroDivisionError);
        var thrown = new ArgumentException("mine");
        var same = () => s.Debugger.Invoke<int>(() => throw thrown);
        same.Should().Throw<ArgumentException>().Which.Should().BeSameAs(thrown);
        // Several queued calls in a row, then the program still resumes normally.
        for (var i = 0; i < 5; i++) s.Debugger.Invoke(() => i * 2).Should().Be(i * 2);
        ValueFormatterRepr(s.Debugger.Invoke(() => evaluator.Evaluate(e.Frame, "p.x + 1"))).Should().Be("8");
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("before\n0\n");
    }

    private static string ValueFormatterRepr(PyObject o) => Ops.Repr(o);

    [Fact]
    public void InvokeWhileNotStoppedThrows_FromTheStoppedHandlerRunsDirectly()
    {
        using var s = new CoreSession(Program);
        var act = () => s.Debugger.Invoke(() => 1);
        act.Should().Throw<InvalidOperationException>().WithMessage("not stopped");
        string? fromHandler = null;
        using var handled = new ManualResetEventSlim(false);
        s.Debugger.Stopped += e =>
        {
            fromHandler = s.Debugger.Invoke(() => ReferenceEquals(Thread.CurrentThread, s.Debugger.ProgramThread) ? "program thread" : "other");
            handled.Set();
        };
        s.Debugger.SetLineBreakpoints(s.File, new[] { new LineBreakpointRequest(10) });
        s.Start();
        s.Next();
        // The session's own Stopped listener may release Next() before this handler has run.
        handled.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue();
        fromHandler.Should().Be("program thread");
        s.ContinueToEnd().Should().BeEmpty();
        s.WaitForExit();
        act.Should().Throw<InvalidOperationException>().WithMessage("not stopped");
        s.Debugger.IsStopped.Should().BeFalse();
    }

    [Fact]
    public void InvokeDuringTerminateStillReturns_ThenTheProgramEnds()
    {
        using var s = new CoreSession("x = 1\nprint(x)\nprint('end')\n");
        s.Debugger.SetLineBreakpoints(s.File, new[] { new LineBreakpointRequest(2) });
        s.Start();
        s.Next();
        s.Debugger.Invoke(() => 41 + 1).Should().Be(42);
        s.Debugger.Terminate();
        s.WaitForExit();
        s.Stdout.Should().Be("");
    }

    [Fact]
    public void LogpointEventReplacesConsoleOutput()
    {
        const string source = "for i in range(3):\n    pass\nprint('done')\n";
        using var s = new CoreSession(source);
        var messages = new List<LogpointMessage>();
        s.Debugger.Logpoint += m => { lock (messages) messages.Add(m); };
        var info = s.Debugger.SetLineBreakpoints(s.File, new[] { new LineBreakpointRequest(2, LogMessage: "i={i} sq={i * i}") });
        s.Start();
        s.WaitForExit();
        s.Console.Should().Be("");
        messages.Should().Equal(
            new LogpointMessage(info[0].Id, "i=0 sq=0", s.File, 2),
            new LogpointMessage(info[0].Id, "i=1 sq=1", s.File, 2),
            new LogpointMessage(info[0].Id, "i=2 sq=4", s.File, 2));
        s.Stdout.Should().Be("done\n");
    }
}

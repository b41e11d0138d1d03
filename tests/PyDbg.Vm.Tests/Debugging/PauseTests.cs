using PyDbg.Vm.Debugging;

namespace PyDbg.Vm.Tests.Debugging;

public class PauseTests
{
    [Fact]
    public void PauseStopsAnInfiniteLoop_ThenStepAndTerminate()
    {
        const string source = """
n = 0
while True:
    pass
""";
        using var s = new DebugSession(source);
        s.Start();
        Thread.Sleep(50);
        s.Debugger.Pause();
        var e = s.Next();
        e.Reason.Should().Be(StopReason.Pause);
        e.Line.Should().BeInRange(2, 3);
        s.Debugger.StepOver().Should().BeTrue();
        var step = s.Next();
        step.Reason.Should().Be(StopReason.Step);
        step.Line.Should().BeInRange(2, 3);
        s.Debugger.Terminate();
        s.WaitForExit();
        s.Run.ExitCode.Should().Be(0);
    }

    [Fact]
    public void PauseStopsDeepRecursion()
    {
        const string source = """
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
while True:
    depth(800)
""";
        using var s = new DebugSession(source);
        s.Start();
        Thread.Sleep(50);
        s.Debugger.Pause();
        var e = s.Next();
        e.Reason.Should().Be(StopReason.Pause);
        var depth = 0;
        for (var f = e.Frame; f is not null; f = f.Back) depth++;
        if (e.Frame.Code.Name == "depth") depth.Should().BeGreaterThan(1);
        else e.Frame.Code.Name.Should().Be("<module>");
        s.Debugger.Continue().Should().BeTrue();
        Thread.Sleep(20);
        s.Debugger.Pause();
        s.Next().Reason.Should().Be(StopReason.Pause);
        s.Debugger.Terminate();
        s.WaitForExit();
    }

    [Fact]
    public void TerminateWhileRunningEndsTheProgram_EvenThroughExceptHandlers()
    {
        const string source = """
while True:
    try:
        pass
    except BaseException:
        pass
""";
        using var s = new DebugSession(source);
        s.Start();
        Thread.Sleep(50);
        s.Debugger.Terminate();
        s.WaitForExit();
        s.Run.ExitCode.Should().Be(0);
    }

    [Fact]
    public void StoppedFrameStackIsAvailable()
    {
        using var s = new DebugSession(BreakpointTests.Program);
        s.Debugger.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(3) });
        s.Start();
        var e = s.Next();
        s.Debugger.CurrentStop.Should().BeSameAs(e);
        e.Frame.Code.Name.Should().Be("add");
        PyDbg.Vm.Runtime.Ops.Repr(e.Frame.GetLocal(2)!).Should().Be("3");
        e.Frame.Back!.CurrentSpan.Line.Should().Be(6);
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("2 3\n");
    }
}

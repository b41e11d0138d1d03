using PyDbg.Frontend.Engines;
using PyDbg.Vm.Debugging;

namespace PyDbg.Vm.Tests.Debugging;

public class BreakpointKindTests
{
    private static List<string> RunWith(string source, Action<Debugger> setup, out DebugSession session, Action<StopEvent>? onStop = null)
    {
        session = new DebugSession(source);
        setup(session.Debugger);
        session.Start();
        var e = session.Next();
        onStop?.Invoke(e);
        var stops = new List<string> { DebugSession.Describe(e) };
        stops.AddRange(session.ContinueToEnd(onStop));
        return stops;
    }

    private const string Comprehension = """
def scale(k):
    f = lambda v: v * k
    return [f(x) for x in range(3)]

print(scale(2))
""";

    [Fact]
    public void BreakpointInsideComprehensionAndLambdaLines()
    {
        var names = new List<string>();
        var stops = RunWith(Comprehension, d => d.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(3) }),
            out var s, e => names.Add(e.Frame.Code.Name));
        using (s)
        {
            stops.Should().Equal("Breakpoint 3 12", "Breakpoint 3 2", "Breakpoint 3 6", "Breakpoint 3 6", "Breakpoint 3 6");
            names.Should().Equal("scale", "<listcomp>", "<listcomp>", "<listcomp>", "<listcomp>");
            s.Stdout.Should().Be("[0, 2, 4]\n");
        }
        var lambdaStops = RunWith(Comprehension, d => d.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(2) }),
            out var s2);
        using (s2) lambdaStops.Should().Equal("Breakpoint 2 2", "Breakpoint 2 2", "Breakpoint 2 2", "Breakpoint 2 2");
    }

    [Fact]
    public void FunctionBreakpointStopsOnEntry()
    {
        var stops = RunWith(BreakpointTests.Program, d =>
        {
            var info = d.SetFunctionBreakpoints(new[] { new FunctionBreakpointRequest("add"), new FunctionBreakpointRequest("nope") });
            info[0].Verified.Should().BeTrue();
            info[0].Line.Should().Be(2);
            info[1].Verified.Should().BeFalse();
        }, out var s);
        using (s) stops.Should().Equal("FunctionBreakpoint 2 2");
    }

    [Fact]
    public void InstructionBreakpointStopsAtThatOffset()
    {
        using var s = new DebugSession(BreakpointTests.Program);
        var info = s.Debugger.SetInstructionBreakpoints(new[] { new InstructionBreakpointRequest(s.Run.Code!, 36) });
        info[0].Verified.Should().BeTrue();
        s.Start();
        s.NextText().Should().Be("InstructionBreakpoint 7 36");
        s.ContinueToEnd().Should().Equal("InstructionBreakpoint 7 36");
        s.Stdout.Should().Be("2 3\n");
    }

    [Fact]
    public void ConditionAndHitCondition()
    {
        const string source = """
total = 0
for i in range(10):
    total += i
print(total)
""";
        var stops = new List<long>();
        RunWith(source, d => d.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(3, Condition: "i % 3 == 0") }),
            out var s, e => stops.Add(((PyDbg.Vm.Runtime.PyInt)e.Frame.Globals.GetItem("i")).Small));
        using (s) stops.Should().Equal(0, 3, 6, 9);
        var hits = new List<long>();
        RunWith(source, d => d.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(3, HitCondition: "% 4") }),
            out var s2, e => hits.Add(((PyDbg.Vm.Runtime.PyInt)e.Frame.Globals.GetItem("i")).Small));
        using (s2) hits.Should().Equal(3, 7);
        var both = new List<long>();
        RunWith(source, d => d.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(3, Condition: "i > 4", HitCondition: ">= 3") }),
            out var s3, e => both.Add(((PyDbg.Vm.Runtime.PyInt)e.Frame.Globals.GetItem("i")).Small));
        using (s3) both.Should().Equal(7, 8, 9);
    }

    [Fact]
    public void LogpointWritesInsteadOfStopping()
    {
        const string source = """
def f(n):
    return n * 2

for i in range(3):
    f(i)
print("done")
""";
        using var s = new DebugSession(source);
        s.Debugger.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(2, LogMessage: "n={n} twice={n * 2} {{x}}") });
        s.Start();
        s.WaitForExit();
        s.Console.Should().Be("n=0 twice=0 {x}\nn=1 twice=2 {x}\nn=2 twice=4 {x}\n");
        s.Stdout.Should().Be("done\n");
    }

    [Fact]
    public void DataBreakpointOnGlobalStopsAfterAChange()
    {
        const string source = """
x = 1
x = 1
x = 2
def g():
    global x
    x = 3
g()
print(x)
""";
        var values = new List<string>();
        var stops = RunWith(source, d => d.SetDataBreakpoints(new[] { new DataBreakpointRequest("x", null) }), out var s,
            e => values.Add(PyDbg.Vm.Runtime.Ops.Repr(e.Frame.Globals.GetItem("x"))));
        using (s)
        {
            stops.Should().Equal("DataBreakpoint 1 4", "DataBreakpoint 3 12", "DataBreakpoint 6 4");
            values.Should().Equal("1", "2", "3");
            s.Stdout.Should().Be("3\n");
        }
    }

    [Fact]
    public void DataBreakpointOnLocalOfAFrame()
    {
        const string source = """
def count():
    n = 0
    for i in range(3):
        n += i
    return n

print(count())
""";
        using var s = new DebugSession(source);
        s.Debugger.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(3) });
        s.Start();
        var first = s.Next();
        DebugSession.Describe(first).Should().Be("Breakpoint 3 6");
        s.Debugger.SetLineBreakpoints(DebugSession.File, Array.Empty<LineBreakpointRequest>());
        s.Debugger.SetDataBreakpoints(new[] { new DataBreakpointRequest("n", first.Frame) });
        var seen = new List<string>();
        var stops = s.ContinueToEnd(e => seen.Add(PyDbg.Vm.Runtime.Ops.Repr(e.Frame.GetLocal(0)!)));
        // n: 0 -> 0 (no change), 0 -> 1, 1 -> 3.
        stops.Should().Equal("DataBreakpoint 4 24", "DataBreakpoint 4 24");
        seen.Should().Equal("1", "3");
        s.Stdout.Should().Be("3\n");
    }

    [Fact]
    public void ExceptionBreakpoints_RaisedVsUncaught()
    {
        const string source = """
def fail(n):
    if n:
        raise ValueError("bad")

try:
    fail(1)
except ValueError:
    print("caught")
fail(2)
""";
        var raised = RunWith(source, d => d.SetExceptionBreakpoints(raised: true, uncaught: false), out var s, e =>
        {
            e.Exception.Should().NotBeNull();
            PyDbg.Vm.Runtime.Ops.Str(e.Exception!).Should().Be("bad");
        });
        using (s)
        {
            raised.Should().Equal("Exception 3 12", "Exception 3 12");
            s.Stdout.Should().Be("caught\n[err]Traceback (most recent call last):\n  File \"/tmp/dbg_test.py\", line 9, in <module>\n    fail(2)\n  File \"/tmp/dbg_test.py\", line 3, in fail\n    raise ValueError(\"bad\")\nValueError: bad\n");
            s.Run.ExitCode.Should().Be(1);
        }
        var names = new List<string>();
        var uncaught = RunWith(source, d => d.SetExceptionBreakpoints(raised: false, uncaught: true), out var s2,
            e => names.Add(e.Frame.Back!.Code.Name + ":" + e.Frame.Back.CurrentSpan.Line));
        using (s2)
        {
            uncaught.Should().Equal("Exception 3 12");
            names.Should().Equal("<module>:9");
        }
    }

    [Fact]
    public void BreakpointSetWhileRunningIsPickedUp()
    {
        const string source = """
i = 0
while True:
    i += 1
    if i > 100000000:
        break
print("end")
""";
        using var s = new DebugSession(source);
        s.Start();
        Thread.Sleep(100);
        s.Run.HasExited.Should().BeFalse();
        var info = s.Debugger.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(4) });
        var e = s.Next();
        info[0].Locations.Should().ContainSingle();
        DebugSession.Describe(e).Should().Be("Breakpoint 4 " + info[0].Locations[0].Offset);
        s.Debugger.SetLineBreakpoints(DebugSession.File, Array.Empty<LineBreakpointRequest>());
        e.Frame.Globals.SetItem("i", PyDbg.Vm.Runtime.PyInt.From(100000000));
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("end\n");
    }

    [Fact]
    public void SameOutputWithAndWithoutDebugger()
    {
        const string source = """
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
data = {k: fib(k) for k in range(12)}
print(data, sorted(data.values(), key=lambda v: -v)[:3])
for w in "a b c".split():
    print(w.upper(), end=" ")
print()
""";
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        ProgramRunner.RunSource(source, DebugSession.File, EngineKind.Vm, stdout, stderr).Should().Be(0);
        var withBreakpoints = RunWith(source, d =>
        {
            d.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(6, HitCondition: "2") });
            d.SetFunctionBreakpoints(new[] { new FunctionBreakpointRequest("never") });
        }, out var s);
        using (s)
        {
            withBreakpoints.Should().Equal("Breakpoint 6 74");
            s.Stdout.Should().Be(stdout.ToString());
        }
    }
}

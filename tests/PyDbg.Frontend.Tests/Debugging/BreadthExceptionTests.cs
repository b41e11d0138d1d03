using PyDbg.Vm.Debugging;
using PyDbg.Vm.Debugging.Inspection;

namespace PyDbg.Frontend.Tests.Debugging;

/// <summary>
/// Point 3: exception breakpoints. "raised" stops at every new raise (a `raise`, or a native
/// operation failing) in the frame that raised it; a bare `raise` of the exception being handled
/// is not a new raise (debugpy and pdb do not report it again), `raise X from e` is (a new exception).
/// "uncaught" stops at the raise, in the raising frame, when no `except` clause of the stack will
/// catch it: finally blocks and with statements whose __exit__ cannot suppress it do not count;
/// an exception caught and then re-raised with a bare `raise` stops at that `raise`.
/// </summary>
public class BreadthExceptionTests
{
    private const string Program = """
class Box:
    def __init__(self):
        self.d = {}
    def get(self, k):
        return self.d[k]
    def div(self, n):
        return 1 / n
def thrower():
    raise ValueError("bad")
def middle():
    try:
        thrower()
    except ValueError:
        pass
    return 1
b = Box()
try:
    b.get("missing")
except KeyError as e:
    print("caught", e)
try:
    b.div(0)
except ZeroDivisionError as e:
    print("caught", e)
middle()
def reraiser():
    try:
        thrower()
    except ValueError:
        raise
def chain():
    try:
        thrower()
    except ValueError as e:
        raise KeyError("k") from e
for fn in (reraiser, chain):
    try:
        fn()
    except Exception as e:
        print("caught", repr(e))
b.div(0)
""";

    private static string Desc(StopEvent e) =>
        BreadthSession.WithStack(e) + " " + (e.Exception is { } x ? ValueFormatter.ExceptionLine(x) : "-");

    private static (List<string> Stops, string Stdout) Run(string source, bool raised, bool uncaught, int[]? lines = null) =>
        BreadthSession.RunWith(source, lines ?? Array.Empty<int>(), (_, _) => Cmd.Continue, Desc, exceptions: (raised, uncaught));

    [Fact]
    public void RaisedStopsAtEachRaiseInTheRaisingFrame()
    {
        var (stops, stdout) = Run(Program, raised: true, uncaught: false);
        stops.Should().Equal(
            // d['missing'] and 1/0 fail in native code: the stop is in the method, at its line.
            "Exception breadth_main.py:5 Box.get [Box.get < <module>] KeyError: 'missing'",
            "Exception breadth_main.py:7 Box.div [Box.div < <module>] ZeroDivisionError: division by zero",
            "Exception breadth_main.py:9 thrower [thrower < middle < <module>] ValueError: bad",
            // reraiser: the bare `raise` is not reported again.
            "Exception breadth_main.py:9 thrower [thrower < reraiser < <module>] ValueError: bad",
            "Exception breadth_main.py:9 thrower [thrower < chain < <module>] ValueError: bad",
            "Exception breadth_main.py:35 chain [chain < <module>] KeyError: 'k'",
            // The last one is uncaught: reported once, at its raise.
            "Exception breadth_main.py:7 Box.div [Box.div < <module>] ZeroDivisionError: division by zero");
        stdout.Should().StartWith("caught 'missing'\ncaught division by zero\ncaught ValueError('bad')\ncaught KeyError('k')\n");
        stdout.Should().Contain("ZeroDivisionError: division by zero");
    }

    [Fact]
    public void UncaughtOnlyStopsOnceForTheExceptionThatEndsTheProgram()
    {
        var (stops, _) = Run(Program, raised: false, uncaught: true);
        stops.Should().Equal("Exception breadth_main.py:7 Box.div [Box.div < <module>] ZeroDivisionError: division by zero");
    }

    [Fact]
    public void TheExceptionIsOnTheStopEvent_WithItsCause()
    {
        using var s = new BreadthSession(Program);
        s.Debugger.SetExceptionBreakpoints(true, false);
        var seen = new List<string>();
        s.OnStop = e =>
        {
            if (e.Code.QualName != "chain") return;
            var exc = e.Exception!;
            seen.Add(exc.Type.Name + " cause=" + ValueFormatter.SafeRepr(exc.Cause));
            // The raising frame's locals are there: e (the ValueError being handled).
            seen.Add(ValueFormatter.SafeRepr(FrameInspector.TryGetLocal(e.Frame, "e")));
        };
        s.Drive((_, _) => Cmd.Continue);
        seen.Should().Equal("KeyError cause=ValueError('bad')", "ValueError('bad')");
    }

    private const string ThroughCleanups = """
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit")
        return False
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
def inner():
    with CM():
        x = 1
        raise TypeError("in with")
def outer():
    try:
        inner()
    finally:
        print("finally")
def quiet():
    with Suppress():
        raise ValueError("suppressed")
    try:
        raise KeyError("x")
    except (IndexError, KeyError):
        pass
    try:
        try:
            raise TypeError("t")
        except ValueError:
            pass
    except TypeError:
        pass
    print(sorted([1, 2], key=lambda v: 1 / v))
    try:
        sorted([1, 0], key=lambda v: 1 / v)
    except ZeroDivisionError:
        pass
    print(getattr(Suppress(), "nope", "default"))
quiet()
outer()
""";

    [Fact]
    public void UncaughtThroughWithAndFinallyStopsAtTheRaiseBeforeCleanupsRun()
    {
        using var s = new BreadthSession(ThroughCleanups);
        s.Debugger.SetExceptionBreakpoints(false, true);
        var outputAtStop = new List<string>();
        s.OnStop = e => outputAtStop.Add(s.Stdout);
        s.Drive((_, _) => Cmd.Continue, Desc).Should().Equal(
            "Exception breadth_main.py:15 inner [inner < outer < <module>] TypeError: in with");
        // Stopped before __exit__ and the finally block ran; they run when the program continues.
        outputAtStop.Should().Equal("[2, 1]\ndefault\n");
        s.Stdout.Should().StartWith("[2, 1]\ndefault\nexit\nfinally\n[err]Traceback");
    }

    [Fact]
    public void RaisedStopsEvenWhenSuppressedOrCaught()
    {
        var (stops, _) = Run(ThroughCleanups, raised: true, uncaught: false);
        stops.Should().Equal(
            "Exception breadth_main.py:23 quiet [quiet < <module>] ValueError: suppressed",
            "Exception breadth_main.py:25 quiet [quiet < <module>] KeyError: 'x'",
            "Exception breadth_main.py:30 quiet [quiet < <module>] TypeError: t",
            "Exception breadth_main.py:37 quiet.<locals>.<lambda> [quiet.<locals>.<lambda> < quiet < <module>] ZeroDivisionError: division by zero",
            "Exception breadth_main.py:15 inner [inner < outer < <module>] TypeError: in with");
    }

    private const string Generators = """
def gen():
    yield 1
    raise IndexError("gen")
def consume():
    for x in gen():
        pass
try:
    consume()
except IndexError:
    print("caught")
def gen2():
    try:
        yield 1
    finally:
        print("gen finally")
    raise KeyError("late")
for y in gen2():
    pass
""";

    [Fact]
    public void ExceptionsInsideGeneratorsStopInTheGeneratorFrame()
    {
        Run(Generators, raised: true, uncaught: false).Stops.Should().Equal(
            "Exception breadth_main.py:3 gen [gen < consume < <module>] IndexError: gen",
            "Exception breadth_main.py:16 gen2 [gen2 < <module>] KeyError: 'late'");
        Run(Generators, raised: false, uncaught: true).Stops.Should().Equal(
            "Exception breadth_main.py:16 gen2 [gen2 < <module>] KeyError: 'late'");
    }

    [Fact]
    public void BareReraiseOfACaughtException_UncaughtStopsAtTheRaiseStatement()
    {
        const string source = """
def thrower():
    raise ValueError("bad")
def reraiser():
    try:
        thrower()
    except ValueError:
        print("handling")
        raise
reraiser()
""";
        var (stops, stdout) = Run(source, raised: false, uncaught: true);
        stops.Should().Equal("Exception breadth_main.py:8 reraiser [reraiser < <module>] ValueError: bad");
        stdout.Should().StartWith("handling\n");
        Run(source, raised: true, uncaught: true).Stops.Should().Equal(
            "Exception breadth_main.py:2 thrower [thrower < reraiser < <module>] ValueError: bad");
    }

    [Fact]
    public void StepAfterAnExceptionStopGoesToTheHandler()
    {
        using var s = new BreadthSession(Program);
        s.Debugger.SetExceptionBreakpoints(true, false);
        s.Drive((e, i) => i == 0 ? Cmd.Over : Cmd.Continue, BreadthSession.Describe).Take(3).Should().Equal(
            "Exception breadth_main.py:5 Box.get",
            // Stepping over from the raise: the frame is left; the next line is the module's handler.
            "Step breadth_main.py:19 <module>",
            "Exception breadth_main.py:7 Box.div");
    }
}

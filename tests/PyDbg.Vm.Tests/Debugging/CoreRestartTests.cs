using PyDbg.Vm.Debugging;
using PyDbg.Vm.Debugging.Inspection;

namespace PyDbg.Vm.Tests.Debugging;

public class CoreRestartTests
{
    private static LineBreakpointRequest[] Lines(params int[] lines) => lines.Select(l => new LineBreakpointRequest(l)).ToArray();

    [Fact]
    public void RestartAfterReassigningAnArgumentReentersWithTheOriginalValue()
    {
        const string source = """
def f(n, acc):
    print("enter", n, acc)
    n = n * 10
    acc = None
    return n
print(f(3, [1]))
""";
        using var s = new CoreSession(source);
        s.Debugger.SetLineBreakpoints(s.File, Lines(5));
        s.Start();
        var e = s.Next();
        CoreSession.Describe(e).Should().Be("Breakpoint core_dbg_test.py:5");
        FrameInspector.TryGetLocal(e.Frame, "n").Should().Be(PyDbg.Vm.Runtime.PyInt.From(30));
        s.Debugger.RestartFrame(e.Frame).Should().BeNull();
        s.Debugger.CurrentStop!.Frame.Should().BeSameAs(e.Frame);
        s.ContinueToEnd().Should().Equal("Breakpoint core_dbg_test.py:5");
        s.Stdout.Should().Be("enter 3 [1]\nenter 3 [1]\n30\n");
    }

    private const string Nested = """
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
def inner(k):
    return k + 1
def outer(a):
    print("outer", a)
    b = a * 100
    return inner(b)
def reassigns(a):
    a = a * 2
    return inner(a)
print(outer(1))
print(reassigns(1))
print(depth())
""";

    [Fact]
    public void RestartACallerDiscardsTheFramesAbove_CallDepthStaysRight()
    {
        string? plainDepth;
        using (var plain = new CoreSession(Nested))
        {
            plain.Start();
            plain.WaitForExit();
            plainDepth = plain.Stdout.Split('\n')[^2];
        }
        using var s = new CoreSession(Nested);
        s.Debugger.SetLineBreakpoints(s.File, Lines(7));
        s.Start();
        var e = s.Next();
        CoreSession.Describe(e).Should().Be("Breakpoint core_dbg_test.py:7");
        e.Frame.Code.Name.Should().Be("inner");
        var outer = e.Frame.Back!;
        outer.Code.Name.Should().Be("outer");
        s.Debugger.RestartFrame(outer).Should().BeNull();
        s.Debugger.CurrentStop!.Frame.Should().BeSameAs(outer);
        FrameInspector.Stack(s.Debugger.CurrentStop!.Frame).Select(f => f.Name).Should().Equal("outer", "<module>");
        s.ContinueToEnd().Should().Equal("Breakpoint core_dbg_test.py:7", "Breakpoint core_dbg_test.py:7");
        s.Stdout.Should().Be($"outer 1\nouter 1\n101\n3\n{plainDepth}\n");
    }

    [Fact]
    public void StepInAfterRestartStopsOnTheFirstLineOfTheFunction()
    {
        using var s = new CoreSession(Nested);
        s.Debugger.SetLineBreakpoints(s.File, Lines(11));
        s.Start();
        var e = s.Next();
        s.Debugger.RestartFrame(e.Frame).Should().BeNull();
        s.Debugger.StepOver();
        CoreSession.Describe(s.Next()).Should().Be("Step core_dbg_test.py:9");
        s.Debugger.SetLineBreakpoints(s.File, Lines());
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().StartWith("outer 1\nouter 1\n101\n");
    }

    [Fact]
    public void RestartOfACallerThatReassignedItsParameterBeforeItWasInstrumentedIsRefused()
    {
        using var s = new CoreSession(Nested);
        s.Debugger.SetLineBreakpoints(s.File, Lines(7));
        s.Start();
        s.Next().Frame.Back!.Code.Name.Should().Be("outer");
        s.Debugger.Continue();
        var e = s.Next();
        e.Frame.Back!.Code.Name.Should().Be("reassigns");
        s.Debugger.RestartFrame(e.Frame.Back!).Should().Be("can't restart this frame: its entry arguments were not recorded");
        // The stopped frame itself was entered instrumented: its entry arguments were recorded.
        s.Debugger.RestartFrame(e.Frame).Should().BeNull();
        s.ContinueToEnd().Should().Equal("Breakpoint core_dbg_test.py:7");
        s.Stdout.Should().StartWith("outer 1\n101\n3\n");
    }

    [Fact]
    public void RestartOfModuleGeneratorNativeCalledAndExceptionFramesIsRefused()
    {
        const string source = """
def gen():
    yield 1
    yield 2
def key(v):
    return -v
def outer(xs):
    return sorted(xs, key=key)
def fails(d):
    return 1 / d
for v in gen():
    pass
print(outer([1, 2]))
try:
    fails(0)
except ZeroDivisionError:
    print("caught")
""";
        using var s = new CoreSession(source);
        s.Debugger.SetLineBreakpoints(s.File, Lines(3, 5));
        s.Start();
        var g = s.Next();
        CoreSession.Describe(g).Should().Be("Breakpoint core_dbg_test.py:3");
        s.Debugger.RestartFrame(g.Frame).Should().Be("can't restart a generator frame");
        s.Debugger.RestartFrame(g.Frame.Back!).Should().Be("can't restart a module-level frame");
        s.Debugger.Continue();
        var k = s.Next();
        CoreSession.Describe(k).Should().Be("Breakpoint core_dbg_test.py:5");
        k.Frame.Back!.Code.Name.Should().Be("outer");
        s.Debugger.RestartFrame(k.Frame.Back!).Should().Be("can't restart this frame: a frame above it was called from native code (or is a generator)");
        // The key function itself can be restarted (it is the entry of its own loop).
        s.Debugger.RestartFrame(k.Frame).Should().BeNull();
        s.Debugger.SetLineBreakpoints(s.File, Lines());
        s.Debugger.SetExceptionBreakpoints(raised: true, uncaught: false);
        s.Debugger.Continue();
        var x = s.Next();
        x.Reason.Should().Be(StopReason.Exception);
        s.Debugger.RestartFrame(x.Frame).Should().Be("can't move execution while stopped on an exception");
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("[2, 1]\ncaught\n");
    }

    [Fact]
    public void RestartInsideANativeCallIsRefused()
    {
        const string source = "def ask(p):\n    return input(p)\nprint(ask('? '))\n";
        var stdin = new BlockingStdin();
        using var s = new CoreSession(source, stdin: stdin);
        s.Start();
        s.WaitForOutput("? ");
        s.Debugger.Pause();
        var e = s.Next();
        CoreSession.Describe(e).Should().Be("Pause core_dbg_test.py:2");
        s.Debugger.RestartFrame(e.Frame).Should().Be("can't move execution while the program is inside a native call (input, sleep)");
        stdin.Send("yes\n");
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("? yes\n");
    }
}

public class CoreRestartHandlerTests
{
    [Fact]
    public void RestartFromInsideAnExceptBlockForgetsTheHandledException()
    {
        const string source = """
def inner():
    return 1
def outer(a):
    try:
        raise TypeError("t")
    except TypeError as e:
        print("context", e.__context__)
    try:
        raise ValueError("x")
    except ValueError:
        inner()
    return a
print(outer(5))
""";
        using var s = new CoreSession(source);
        s.Debugger.SetLineBreakpoints(s.File, new[] { new LineBreakpointRequest(2) });
        s.Start();
        var e = s.Next();
        s.Debugger.RestartFrame(e.Frame.Back!).Should().BeNull();
        s.Debugger.SetLineBreakpoints(s.File, Array.Empty<LineBreakpointRequest>());
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("context None\ncontext None\n5\n");
    }
}

using PyDbg.Frontend.Debugging;
using PyDbg.Frontend.Engines;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Tests.Debugging;

/// <summary>The compiled-expression cache of FrameEvaluator: compiled once, run per hit, always the
/// values of this hit (values checked against python3).</summary>
public class FrameEvaluatorCacheTests
{
    [Fact]
    public void CachedExpressionSeesTheLocalsOfEachHit()
    {
        var ev = new FrameEvaluator();
        var results = new List<string>();
        var compilesAfterFirst = -1;
        var s = DebugHarness.Run("""
def f(n):
    total = 0
    for i in range(n):
        total += i
        stop()
    return total
print(f(4))
""", (frame, hit) =>
        {
            results.Add(ev.Evaluate(frame, "(i, total, i * total)").Text);
            if (hit == 0) compilesAfterFirst = ev.CompileCount;
        });
        s.Error.Should().BeNull();
        s.Stdout.ToString().Should().Be("6\n");
        results.Should().Equal("(0, 0, 0)", "(1, 1, 1)", "(2, 3, 6)", "(3, 6, 18)");
        ev.CompileCount.Should().Be(compilesAfterFirst, "the expression is compiled once, then only run");
    }

    [Fact]
    public void ErrorsAreReportedAtEveryHitWithoutStaleSuccess()
    {
        var ev = new FrameEvaluator();
        var results = new List<string>();
        var s = DebugHarness.Run("""
def f():
    for i in range(3):
        stop()
f()
""", (frame, _) =>
        {
            results.Add(ev.Evaluate(frame, "10 // (i - 1)").Text);
            results.Add(ev.Evaluate(frame, "nope + i").Text);
            results.Add(ev.Evaluate(frame, "i +").Text);
            results.Add(ev.EvaluateCondition(frame, "i +", out var error).ToString() + " " + error);
        });
        s.Error.Should().BeNull();
        results.Should().Equal(
            "-10", "NameError: name 'nope' is not defined", "SyntaxError: invalid syntax", "False SyntaxError: invalid syntax",
            "ZeroDivisionError: integer division or modulo by zero", "NameError: name 'nope' is not defined", "SyntaxError: invalid syntax", "False SyntaxError: invalid syntax",
            "10", "NameError: name 'nope' is not defined", "SyntaxError: invalid syntax", "False SyntaxError: invalid syntax");
    }

    [Fact]
    public void OneTextInDifferentCodeObjectsResolvesNamesPerFrame()
    {
        var ev = new FrameEvaluator();
        var results = new List<string>();
        var s = DebugHarness.Run("""
x = 'global'
def local_x():
    x = 'local'
    stop()
def global_x():
    stop()
def cell_x():
    x = 'cell'
    def inner():
        return x
    stop()
    return inner
def free_x():
    x = 'free'
    def inner():
        x
        stop()
    inner()
local_x(); global_x(); cell_x(); free_x()
stop()
""", (frame, _) => results.Add(ev.Evaluate(frame, "x + '!'").Text));
        s.Error.Should().BeNull();
        results.Should().Equal("'local!'", "'global!'", "'cell!'", "'free!'", "'global!'");
    }

    [Fact]
    public void UnboundLocalFallsBackToTheGlobalAsEvalDoes()
    {
        var ev = new FrameEvaluator();
        var results = new List<string>();
        var s = DebugHarness.Run("""
y = 'g'
def f():
    stop()
    y = 'l'
    stop()
f()
""", (frame, _) => results.Add(ev.Evaluate(frame, "y").Text));
        s.Error.Should().BeNull();
        results.Should().Equal("'g'", "'l'");
    }

    [Fact]
    public void NestedScopesAndWalrusInCachedExpressions()
    {
        var ev = new FrameEvaluator();
        var results = new List<string>();
        var s = DebugHarness.Run("""
def f(k):
    base = [1, 2, 3]
    stop()
    print(k, base)
f(10)
""", (frame, _) =>
        {
            results.Add(ev.Evaluate(frame, "[b * k for b in base]").Text);
            results.Add(ev.Evaluate(frame, "(lambda z: z + k)(1)").Text);
            results.Add(ev.Evaluate(frame, "sum(b for b in base if b > 1)").Text);
            results.Add(ev.Evaluate(frame, "f'{k}-{base[0]}'").Text);
            results.Add(ev.Evaluate(frame, "(base := base + [k])").Text);
        });
        s.Error.Should().BeNull();
        results.Should().Equal("[10, 20, 30]", "11", "5", "'10-1'", "[1, 2, 3, 10]");
        s.Stdout.ToString().Should().Be("10 [1, 2, 3, 10]\n");
    }

    [Fact]
    public void ClassBodyAndModuleFrames()
    {
        var ev = new FrameEvaluator();
        var results = new List<string>();
        var s = DebugHarness.Run("""
a = 1
class C:
    a = 2
    stop()
stop()
""", (frame, _) => results.Add(ev.Evaluate(frame, "a * 10").Text));
        s.Error.Should().BeNull();
        results.Should().Equal("20", "10");
    }

    [Fact]
    public void ConditionalBreakpointAndLogpointUnderTheDebugger()
    {
        const string path = "/tmp/pydbg-cache-test.py";
        const string source = """
def work(n):
    total = 0
    for i in range(n):
        total += i
    return total
print(work(10))
""";
        var evaluator = new FrameEvaluator();
        var debugger = new Debugger(evaluator);
        var output = new System.Text.StringBuilder();
        var stops = new List<string>();
        var run = DebugRun.WithDebuggerOutput(source, path, debugger, (category, text) =>
        {
            lock (output) output.Append(text);
        });
        debugger.Output += (category, text) =>
        {
            lock (output) output.Append(category + ": " + text);
        };
        debugger.SetLineBreakpoints(path, new[]
        {
            new LineBreakpointRequest(4, Condition: "i % 4 == 3"),
            new LineBreakpointRequest(5, LogMessage: "total={total} n={n}"),
        });
        debugger.Stopped += stop =>
        {
            stops.Add(evaluator.Evaluate(stop.Frame, "(i, total)").Text);
            debugger.Continue();
        };
        run.Start();
        run.WaitForExit(TimeSpan.FromSeconds(20)).Should().BeTrue();
        stops.Should().Equal("(3, 3)", "(7, 21)");
        output.ToString().Should().Be("console: total=45 n=10\n45\n");
    }
}

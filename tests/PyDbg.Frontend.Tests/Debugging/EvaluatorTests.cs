using PyDbg.Frontend.Debugging;
using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Tests.Debugging;

public class EvaluatorTests
{
    private const string Program = """
g = 10
def outer(a, b):
    c = a + b
    def inner(x):
        y = x * 2
        stop()
        return (x, y, c, g)
    r = inner(a)
    return r, c
print(outer(1, 2))
print(g)
""";

    private static string RunWith(Action<FrameEvaluator, Frame> atStop)
    {
        var evaluator = new FrameEvaluator();
        var s = DebugHarness.Run(Program, (frame, _) => atStop(evaluator, frame));
        s.Error.Should().BeNull();
        return s.Stdout.ToString();
    }

    [Fact]
    public void ExpressionsReadLocalsCellsFreeVarsGlobalsAndBuiltins()
    {
        var results = new List<string>();
        RunWith((ev, frame) =>
        {
            results.Add(ev.Evaluate(frame, "x + y * 10 + c").Text);
            results.Add(ev.Evaluate(frame, "g").Text);
            results.Add(ev.Evaluate(frame, "len([x, y])").Text);
            results.Add(ev.Evaluate(frame, "[i * 2 for i in range(3)]").Text);
            results.Add(ev.Evaluate(frame, "'%s-%s' % (x, c)").Text);
            results.Add(ev.Evaluate(frame.Back!, "a, b, c").Text);
            results.Add(ev.Evaluate(frame, "[i * c + y for i in range(3)]").Text);
            results.Add(ev.Evaluate(frame, "(lambda k: k + x + g)(100)").Text);
            results.Add(ev.Execute(frame, "z = sum(v * x for v in [c, y])\nz").Text);
        });
        results.Should().Equal("24", "10", "2", "[0, 2, 4]", "'1-3'", "(1, 2, 3)", "[2, 5, 8]", "111", "5");
    }

    [Fact]
    public void ErrorsAreReturnedAsPythonErrorLines()
    {
        var results = new List<EvaluationResult>();
        RunWith((ev, frame) =>
        {
            results.Add(ev.Evaluate(frame, "nope"));
            results.Add(ev.Evaluate(frame, "x / 0"));
            results.Add(ev.Evaluate(frame, "x +"));
            results.Add(ev.Evaluate(frame, "x = 1"));
            results.Add(ev.Execute(frame, "raise KeyError('k')"));
            results.Add(ev.Evaluate(frame, "[].pop()"));
        });
        results.Select(r => r.Succeeded).Should().AllBeEquivalentTo(false);
        results[0].Text.Should().Be("NameError: name 'nope' is not defined");
        results[1].Text.Should().Be("ZeroDivisionError: division by zero");
        results[2].Text.Should().Be("SyntaxError: invalid syntax");
        results[3].Text.Should().StartWith("SyntaxError: ");
        results[4].Text.Should().Be("KeyError: 'k'");
        results[5].Text.Should().Be("IndexError: pop from empty list");
    }

    [Fact]
    public void ConsoleStatementsWriteBackToLocalsCellsAndGlobals()
    {
        var texts = new List<string>();
        var output = RunWith((ev, frame) =>
        {
            texts.Add(ev.Execute(frame, "y = 100").Text);
            texts.Add(ev.Execute(frame, "c = 7").Text);
            texts.Add(ev.Execute(frame, "global g\ng = 42").Text);
            texts.Add(ev.Execute(frame, "x += 1; x").Text);
            texts.Add(ev.Execute(frame, "None").Text);
            texts.Add(ev.Execute(frame, "print('hi', y)").Text);
        });
        texts.Should().Equal("", "", "", "2", "", "");
        // inner returns (x, y, c, g); c is the cell shared with outer.
        output.Should().Be("hi 100\n((2, 100, 7, 42), 7)\n42\n");
    }

    [Fact]
    public void ModuleLevelConsoleUsesTheModuleNamespace()
    {
        var s = DebugHarness.Run("n = 1\nstop()\nprint(n, m)\n", (frame, _) =>
        {
            var ev = new FrameEvaluator();
            ev.Execute(frame, "n = n + 5\nm = 'new'").Succeeded.Should().BeTrue();
            ev.Evaluate(frame, "n * 2").Text.Should().Be("12");
        });
        s.Error.Should().BeNull();
        s.Stdout.ToString().Should().Be("6 new\n");
    }

    [Fact]
    public void ConditionsAndLogStrings()
    {
        var conditions = new List<(bool, string?)>();
        var logs = new List<string>();
        RunWith((ev, frame) =>
        {
            conditions.Add((ev.EvaluateCondition(frame, "x == 1 and y > 1", out var e1), e1));
            conditions.Add((ev.EvaluateCondition(frame, "x > 5", out var e2), e2));
            conditions.Add((ev.EvaluateCondition(frame, "missing", out var e3), e3));
            logs.Add(ev.EvaluateToString(frame, "'x is ' + str(x)"));
            logs.Add(ev.EvaluateToString(frame, "missing"));
        });
        conditions.Should().Equal((true, null), (false, null), (false, "NameError: name 'missing' is not defined"));
        logs.Should().Equal("x is 1", "NameError: name 'missing' is not defined");
    }

    [Fact]
    public void SetVariableFromExpression()
    {
        var errors = new List<string?>();
        var output = DebugHarness.Run("""
class O:
    pass
gl = 1
def f():
    lst = [1, 2, 3]
    d = {"k": 1}
    o = O()
    o.attr = 1
    t = (1, 2)
    n = 0
    stop()
    print(n, lst, d, o.attr, gl, t)
f()
""", (frame, _) =>
        {
            var ev = new FrameEvaluator();
            var h = new VariableHandles();
            var scope = h.Scope(frame, ScopeKind.Locals);
            var locals = h.Children(scope).ToDictionary(v => v.Name);
            ev.SetVariable(frame, h, scope, "n", "len(lst) * 10", out var e1)!.Value.Should().Be("30");
            errors.Add(e1);
            ev.SetVariable(frame, h, locals["lst"].VariablesReference, "1", "'two'", out var e2);
            errors.Add(e2);
            ev.SetVariable(frame, h, locals["d"].VariablesReference, "'k'", "[n]", out var e3);
            errors.Add(e3);
            ev.SetVariable(frame, h, locals["o"].VariablesReference, "attr", "o.attr + 1", out var e4);
            errors.Add(e4);
            ev.SetVariable(frame, h, h.Scope(frame, ScopeKind.Globals), "gl", "-1", out var e5);
            errors.Add(e5);
            ev.SetVariable(frame, h, locals["t"].VariablesReference, "0", "9", out var e6).Should().BeNull();
            errors.Add(e6);
            ev.SetVariable(frame, h, scope, "n", "undefined", out var e7).Should().BeNull();
            errors.Add(e7);
        }).Stdout.ToString();
        errors.Should().Equal(null, null, null, null, null,
            "TypeError: 'tuple' object does not support item assignment",
            "NameError: name 'undefined' is not defined");
        output.Should().Be("30 [1, 'two', 3] {'k': [30]} 2 -1 (1, 2)\n");
    }
}

using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>Scripted sessions for evaluate and setExpression (values checked against python3).</summary>
public class EvaluationTests
{
    private const string Program =
        "import math\n" +                      // 1
        "g = 'glob'\n" +                       // 2
        "class Point:\n" +                     // 3
        "    def __init__(self, x, y):\n" +    // 4
        "        self.x = x\n" +               // 5
        "        self.y = y\n" +               // 6
        "def f(a, b):\n" +                     // 7
        "    items = [a, b, 'three']\n" +      // 8
        "    d = {'k': a}\n" +                 // 9
        "    p = Point(a, b)\n" +              // 10
        "    big = list(range(1000))\n" +      // 11
        "    total = a + b\n" +                // 12  <- breakpoint
        "    print('total', total, items, d)\n" + // 13
        "    return total\n" +                 // 14
        "print(f(1, 2))\n";                    // 15

    [Fact]
    public void Capabilities_announce_evaluation_and_frame_control()
    {
        using var s = DebugScript.Start("x = 1\n");
        var c = s.Capabilities;
        c["supportsEvaluateForHovers"]!.GetValue<bool>().Should().BeTrue();
        c["supportsClipboardContext"]!.GetValue<bool>().Should().BeTrue();
        c["supportsSetExpression"]!.GetValue<bool>().Should().BeTrue();
        c["supportsCompletionsRequest"]!.GetValue<bool>().Should().BeTrue();
        c["completionTriggerCharacters"]!.ToJsonString().Should().Be("[\".\"]");
        c["supportsGotoTargetsRequest"]!.GetValue<bool>().Should().BeTrue();
        c["supportsRestartFrame"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public void Evaluate_in_every_context()
    {
        using var s = EvalSession.StopAt(Program, 12);
        var watch = s.Eval("a + b * 10");
        ((string)watch["result"]!).Should().Be("21");
        ((string)watch["type"]!).Should().Be("int");
        watch["variablesReference"]!.GetValue<int>().Should().Be(0);
        s.EvalText("items", "hover").Should().Be("[1, 2, 'three']");
        s.EvalText("d['k']", "variables").Should().Be("1");
        s.EvalText("g.upper()", null).Should().Be("'GLOB'");
        s.EvalText("math.sqrt(16)", "repl").Should().Be("4.0");
        // The clipboard gets the full repr; other contexts a bounded one.
        var full = "[" + string.Join(", ", Enumerable.Range(0, 1000)) + "]";
        s.EvalText("big", "clipboard").Should().Be(full);
        var shown = s.EvalText("big", "watch");
        shown.Length.Should().BeLessThan(full.Length);
        shown.Should().EndWith("...");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("total 3 [1, 2, 'three'] {'k': 1}\n3\n");
    }

    [Fact]
    public void Errors_answer_the_Python_error_line()
    {
        using var s = EvalSession.StopAt(Program, 12);
        s.EvalFails("zz").Should().Be("NameError: name 'zz' is not defined");
        s.EvalFails("zz", "repl").Should().Be("NameError: name 'zz' is not defined");
        s.EvalFails("a +").Should().Be("SyntaxError: invalid syntax");
        s.EvalFails("items[10]", "hover").Should().Be("IndexError: list index out of range");
        s.EvalFails("1 / 0", "clipboard").Should().Be("ZeroDivisionError: division by zero");
        s.EvalFails("x = 1", "watch").Should().StartWith("SyntaxError: ");
        s.EvalFails("raise ValueError('bad')", "repl").Should().Be("ValueError: bad");
        // A failed evaluation leaves nothing behind: the next one works.
        s.EvalText("total if 'total' in dir() else a").Should().Be("1");
    }

    [Fact]
    public void Repl_runs_statements_and_its_output_comes_first_in_order()
    {
        using var s = EvalSession.StopAt(Program, 12);
        var frameId = s.TopFrameId();
        var before = s.Client.Messages.Count;
        var body = s.Ok("evaluate", EvalSession.EvaluateArgs("for i in range(3): print('line', i)", "repl", frameId));
        ((string)body["result"]!).Should().Be("");
        body["variablesReference"]!.GetValue<int>().Should().Be(0);
        // Output events, in order, before the response.
        var after = s.Client.Messages.Skip(before).ToList();
        var outputs = new List<string>();
        var responseAt = -1;
        for (var i = 0; i < after.Count; i++)
        {
            if ((string?)after[i]["event"] == "output") outputs.Add((string)after[i]["body"]!["output"]!);
            if ((string?)after[i]["command"] == "evaluate") { responseAt = i; break; }
        }
        responseAt.Should().BeGreaterThan(0);
        string.Concat(outputs).Should().Be("line 0\nline 1\nline 2\n");
        s.EvalText("print('x' * 3)", "repl").Should().Be("");
        s.EvalText("None", "repl").Should().Be("");
        s.EvalText("a = a * 100; b = -b", "repl").Should().Be("");
        s.EvalText("import math as m2; m2.floor(2.5)", "repl").Should().Be("2");
        s.EvalText("a, b", "repl").Should().Be("(100, -2)");
        s.Continue();
        s.ExitCode().Should().Be(0);
        // The assignments went back into the frame: the program prints the new values.
        s.Client.Output("stdout").Should().Be("line 0\nline 1\nline 2\nxxx\ntotal 98 [1, 2, 'three'] {'k': 1}\n98\n");
    }

    [Fact]
    public void Without_frameId_evaluation_is_in_the_global_scope()
    {
        using var s = EvalSession.StopAt(Program, 12);
        s.Ok("evaluate", new JsonObject { ["expression"] = "g", ["context"] = "watch" })["result"]!.GetValue<string>().Should().Be("'glob'");
        s.Fails("evaluate", new JsonObject { ["expression"] = "a", ["context"] = "watch" }).Should().Be("NameError: name 'a' is not defined");
        s.Ok("evaluate", new JsonObject { ["expression"] = "g = 'changed'; newname = 5", ["context"] = "repl" });
        s.Ok("evaluate", new JsonObject { ["expression"] = "g, newname", ["context"] = "repl" })["result"]!.GetValue<string>().Should().Be("('changed', 5)");
        // The frame sees the new global.
        s.EvalText("g").Should().Be("'changed'");
    }

    [Fact]
    public void Results_expand_through_variablesReference_with_evaluateNames()
    {
        using var s = EvalSession.StopAt(Program, 12);
        var items = s.Eval("items");
        var reference = items["variablesReference"]!.GetValue<int>();
        reference.Should().BeGreaterThan(0);
        items["indexedVariables"]!.GetValue<int>().Should().Be(3);
        var children = s.Variables(reference);
        DebugScript.NameValues(children).Should().Contain(new[] { "0=1", "1=2", "2='three'" });
        children.Select(c => (string?)c!["evaluateName"]).Should().Contain("items[2]");

        var point = s.Eval("p");
        ((string)point["type"]!).Should().Be("Point");
        var attributes = s.Variables(point["variablesReference"]!.GetValue<int>());
        DebugScript.NameValues(attributes).Should().Contain(new[] { "x=1", "y=2" });
        attributes.Select(c => (string?)c!["evaluateName"]).Should().Contain("p.x");

        var sum = s.Eval("items + [4]");
        var sumChildren = s.Variables(sum["variablesReference"]!.GetValue<int>());
        sumChildren.Select(c => (string?)c!["evaluateName"]).Should().Contain("(items + [4])[3]");
        s.EvalText("(items + [4])[3]").Should().Be("4");

        var dict = s.Eval("d");
        DebugScript.NameValues(s.Variables(dict["variablesReference"]!.GetValue<int>())).Should().Contain("'k'=1");
    }

    [Fact]
    public void Evaluation_does_not_hit_breakpoints_or_stop()
    {
        const string source =
            "def double(n):\n" +       // 1
            "    r = n * 2\n" +         // 2  <- breakpoint
            "    return r\n" +          // 3
            "x = 5\n" +                 // 4  <- breakpoint
            "print(double(x))\n";       // 5
        using var s = EvalSession.StopAt(source, 2, 4);
        s.Where().Should().Be((4, "<module>"));
        s.EvalText("double(21)").Should().Be("42");
        s.EvalText("print(double(1))", "repl").Should().Be("");
        s.Continue();
        // The next stop is the program's own call, not the evaluated ones.
        s.WaitStopped("breakpoint");
        s.Where().Should().Be((2, "double"));
        s.EvalText("n").Should().Be("5");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("2\n10\n");
        s.Client.Messages.Count(m => (string?)m["event"] == "stopped").Should().Be(2);
    }

    [Fact]
    public void Evaluation_while_the_program_runs_is_a_clear_error()
    {
        using var s = DebugScript.Start("import time\nwhile True:\n    time.sleep(0.01)\n", "{}");
        Thread.Sleep(100);
        s.Fails("evaluate", new JsonObject { ["expression"] = "1 + 1", ["context"] = "repl" })
            .Should().Be("'evaluate' needs a stopped program: the program is running (send 'pause' first).");
        s.Fails("setExpression", new JsonObject { ["expression"] = "x", ["value"] = "1" })
            .Should().Be("'setExpression' needs a stopped program: the program is running (send 'pause' first).");
        s.Fails("completions", new JsonObject { ["text"] = "ti", ["column"] = 3 })
            .Should().Be("'completions' needs a stopped program: the program is running (send 'pause' first).");
    }

    [Fact]
    public void SetExpression_assigns_in_the_frame_and_answers_the_new_value()
    {
        using var s = EvalSession.StopAt(Program, 12);
        var frameId = s.TopFrameId();
        JsonObject Set(string expression, string value) =>
            s.Ok("setExpression", new JsonObject { ["expression"] = expression, ["value"] = value, ["frameId"] = frameId });
        var a = Set("a", "a * 10");
        ((string)a["value"]!).Should().Be("10");
        ((string)a["type"]!).Should().Be("int");
        ((string)Set("items[2]", "'THREE'")["value"]!).Should().Be("'THREE'");
        ((string)Set("d['new']", "[a, b]")["value"]!).Should().Be("[10, 2]");
        ((string)Set("p.x", "p.y + 40")["value"]!).Should().Be("42");
        var tuple = Set("a, b", "b, a");
        ((string)tuple["value"]!).Should().Be("(2, 10)");
        tuple["variablesReference"]!.GetValue<int>().Should().BeGreaterThan(0);
        s.Fails("setExpression", new JsonObject { ["expression"] = "f()", ["value"] = "1", ["frameId"] = frameId })
            .Should().StartWith("SyntaxError: cannot assign to function call");
        s.Fails("setExpression", new JsonObject { ["expression"] = "a", ["value"] = "nope", ["frameId"] = frameId })
            .Should().Be("NameError: name 'nope' is not defined");
        s.EvalText("p.x").Should().Be("42");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("total 12 [1, 2, 'THREE'] {'k': 1, 'new': [10, 2]}\n12\n");
    }
}

using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>The completions request in a stopped frame.</summary>
public class EvaluationCompletionTests
{
    private const string Program =
        "import math\n" +                  // 1
        "def work(items, item_count):\n" + // 2
        "    total = 0\n" +                // 3  <- breakpoint
        "    return total\n" +             // 4
        "work([1, 2], 2)\n";               // 5

    [Fact]
    public void Names_of_the_frame_with_kind_start_and_length()
    {
        using var s = EvalSession.StopAt(Program, 3);
        var targets = s.Complete("ite");
        EvalSession.Labels(targets).Should().Equal("items", "item_count", "iter");
        var items = EvalSession.Target(targets, "items")!;
        items.ToJsonString().Should().Be("""{"label":"items","text":"items","type":"variable","start":1,"length":3}""");
        ((string)EvalSession.Target(targets, "iter")!["type"]!).Should().Be("function");
        ((string)EvalSession.Target(s.Complete("ma"), "math")!["type"]!).Should().Be("module");
        EvalSession.Target(s.Complete("x = whi"), "while")!.ToJsonString()
            .Should().Be("""{"label":"while","text":"while","type":"keyword","start":5,"length":3}""");
    }

    [Fact]
    public void Attributes_after_a_dot_and_the_cursor_column()
    {
        using var s = EvalSession.StopAt(Program, 3);
        EvalSession.Target(s.Complete("items.ap"), "append")!.ToJsonString()
            .Should().Be("""{"label":"append","text":"append","type":"function","start":7,"length":2}""");
        EvalSession.Labels(s.Complete("math.sq")).Should().Equal("sqrt");
        EvalSession.Labels(s.Complete("math.sq + 1", column: 8)).Should().Equal("sqrt");
        s.Complete("work(1).").Should().BeEmpty();
        // Multi-line text: the line given (1-based) is completed.
        var args = new JsonObject { ["text"] = "x = 1\nitems.co", ["column"] = 9, ["line"] = 2, ["frameId"] = s.TopFrameId() };
        EvalSession.Labels(s.Ok("completions", args)["targets"]!.AsArray()).Should().Equal("copy", "count");
        s.Fails("completions", new JsonObject { ["text"] = "ab", ["column"] = 10, ["frameId"] = s.TopFrameId() })
            .Should().Be("'completions': column 10 is outside the text.");
    }
}

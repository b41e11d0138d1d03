using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>setBreakpoints on the VM debugger: verification, moved lines, ids, hits, conditions, logpoints.</summary>
public class BreakpointLineTests
{
    private const string AddProgram =
        "def add(a, b):\n" +          // 1
        "    total = a + b\n" +       // 2
        "    return total\n" +        // 3
        "\n" +                        // 4
        "x = 10\n" +                  // 5
        "# a comment\n" +             // 6
        "result = add(x, 5)\n" +      // 7
        "print(result)\n";            // 8

    private const string LoopProgram =
        "total = 0\n" +               // 1
        "for i in range(5):\n" +      // 2
        "    total += i\n" +          // 3
        "print(total)\n";             // 4

    private static JsonArray Set(DebugScript s, params string[] breakpoints) =>
        s.Ok("setBreakpoints", $$"""{"source":{"path":{{BpAdapter.Json(s.Path)}}},"breakpoints":[{{string.Join(",", breakpoints)}}]}""")["breakpoints"]!.AsArray();

    private static string Local(DebugScript s, string name) => (string)s.Variable(s.ScopeReference("Locals"), name)["value"]!;

    [Fact]
    public void Breakpoints_are_verified_at_the_line_with_code_and_past_the_end_is_not()
    {
        using var s = DebugScript.Start(AddProgram, "{}", configurationDone: false);
        var bps = Set(s, """{"line":2}""", """{"line":6}""", """{"line":4}""", """{"line":40}""", """{"line":1}""");
        bps.Select(b => b!["verified"]!.GetValue<bool>()).Should().Equal(true, true, true, false, true);
        bps.Select(b => b!["line"]!.GetValue<int>()).Should().Equal(2, 7, 5, 40, 1);
        bps[0]!["source"]!["path"]!.GetValue<string>().Should().Be(s.Path);
        bps[0]!.AsObject().ContainsKey("message").Should().BeFalse();
        ((string)bps[3]!["message"]!).Should().Be("Line 40 is past the end of main.py (8 lines); the last line with code is 8.");
        ((string)bps[3]!["reason"]!).Should().Be("failed");
        var ids = bps.Select(b => b!["id"]!.GetValue<int>()).ToList();
        ids.Should().OnlyHaveUniqueItems();
        s.Ok("configurationDone");
        // Line 1 (def add) first, then 5, 7 (moved from 6) and 2 inside add.
        var stop = s.WaitStopped("breakpoint");
        stop["hitBreakpointIds"]!.AsArray().Select(i => i!.GetValue<int>()).Should().Equal(ids[4]);
        s.Where().Should().Be((1, "<module>"));
        s.Continue();
        s.WaitStopped("breakpoint")["hitBreakpointIds"]!.AsArray().Select(i => i!.GetValue<int>()).Should().Equal(ids[2]);
        s.Where().Should().Be((5, "<module>"));
        s.Continue();
        s.WaitStopped("breakpoint")["hitBreakpointIds"]!.AsArray().Select(i => i!.GetValue<int>()).Should().Equal(ids[1]);
        s.Where().Should().Be((7, "<module>"));
        s.Continue();
        s.WaitStopped("breakpoint")["hitBreakpointIds"]!.AsArray().Select(i => i!.GetValue<int>()).Should().Equal(ids[0]);
        s.Where().Should().Be((2, "add"));
        Local(s, "a").Should().Be("10");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("15\n");
    }

    [Fact]
    public void A_line_after_the_last_code_but_inside_the_file_says_so()
    {
        using var s = DebugScript.Start("x = 1\nprint(x)\n\n\n# end\n", "{}", configurationDone: false);
        var bp = Set(s, """{"line":4}""")[0]!;
        bp["verified"]!.GetValue<bool>().Should().BeFalse();
        ((string)bp["message"]!).Should().Be("No code at or after line 4 of main.py: the last line with code is 2.");
        s.Ok("configurationDone");
        s.ExitCode().Should().Be(0);
    }

    [Fact]
    public void Replacing_the_breakpoints_of_a_file_removes_the_old_ones()
    {
        using var s = DebugScript.Start(LoopProgram, "{}", configurationDone: false);
        Set(s, """{"line":3}""");
        var second = Set(s, """{"line":4}""");
        s.Ok("configurationDone");
        s.WaitStopped("breakpoint")["hitBreakpointIds"]!.AsArray().Select(i => i!.GetValue<int>()).Should().Equal(second[0]!["id"]!.GetValue<int>());
        s.Where().Should().Be((4, "<module>"));
        Set(s); // none
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("10\n");
    }

    [Fact]
    public void A_condition_stops_only_when_true()
    {
        using var s = DebugScript.Start(LoopProgram, "{}", configurationDone: false);
        var bp = Set(s, """{"line":3,"condition":"i == 3"}""")[0]!;
        bp["verified"]!.GetValue<bool>().Should().BeTrue();
        s.Ok("configurationDone");
        s.WaitStopped("breakpoint");
        Local(s, "i").Should().Be("3");
        Local(s, "total").Should().Be("3");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Messages.Count(m => (string?)m["event"] == "stopped").Should().Be(1);
    }

    [Fact]
    public void A_hit_condition_counts_the_hits()
    {
        using var s = DebugScript.Start(LoopProgram, "{}", configurationDone: false);
        Set(s, """{"line":3,"hitCondition":"% 2"}""");
        s.Ok("configurationDone");
        s.WaitStopped("breakpoint");
        Local(s, "i").Should().Be("1");
        s.Continue();
        s.WaitStopped("breakpoint");
        Local(s, "i").Should().Be("3");
        s.Continue();
        s.ExitCode().Should().Be(0);
    }

    [Fact]
    public void A_bad_hit_condition_is_not_verified_with_the_reason()
    {
        using var s = DebugScript.Start(LoopProgram, "{}", configurationDone: false);
        var bp = Set(s, """{"line":3,"hitCondition":"often"}""")[0]!;
        bp["verified"]!.GetValue<bool>().Should().BeFalse();
        ((string)bp["message"]!).Should().Be("invalid hit condition 'often': expected a count such as '5', '>= 5' or '% 3'");
        s.Ok("configurationDone");
        s.ExitCode().Should().Be(0);
    }

    [Fact]
    public void A_logpoint_prints_to_the_console_with_its_source_and_line_and_does_not_stop()
    {
        using var s = DebugScript.Start(LoopProgram, "{}", configurationDone: false);
        var bp = Set(s, """{"line":3,"logMessage":"i={i} total={total} {{literal}}"}""")[0]!;
        bp["verified"]!.GetValue<bool>().Should().BeTrue();
        s.Ok("configurationDone");
        s.ExitCode().Should().Be(0);
        s.Client.Output("console").Should().Be("i=0 total=0 {literal}\ni=1 total=0 {literal}\ni=2 total=1 {literal}\ni=3 total=3 {literal}\ni=4 total=6 {literal}\n");
        s.Client.Output("stdout").Should().Be("10\n");
        var first = s.Client.Messages.First(m => (string?)m["event"] == "output" && (string?)m["body"]!["category"] == "console")["body"]!;
        first["line"]!.GetValue<int>().Should().Be(3);
        ((string)first["source"]!["path"]!).Should().Be(s.Path);
        s.Client.Messages.Count(m => (string?)m["event"] == "stopped").Should().Be(0);
    }

    [Fact]
    public void Logpoint_output_comes_in_order_with_the_program_output()
    {
        using var s = DebugScript.Start("for i in range(3):\n    print('p', i)\n    x = i\n", "{}", configurationDone: false);
        Set(s, """{"line":3,"logMessage":"log {i}"}""");
        s.Ok("configurationDone");
        s.ExitCode().Should().Be(0);
        var texts = s.Client.Messages.Where(m => (string?)m["event"] == "output" && (string?)m["body"]!["category"] is "stdout" or "console")
            .Select(m => (string)m["body"]!["output"]!).ToList();
        string.Concat(texts).Should().Be("p 0\nlog 0\np 1\nlog 1\np 2\nlog 2\n");
    }

    [Fact]
    public void Function_breakpoints_stop_at_the_first_line_of_the_function()
    {
        using var s = DebugScript.Start(AddProgram, "{}", configurationDone: false);
        var bps = s.Ok("setFunctionBreakpoints", """{"breakpoints":[{"name":"add"},{"name":"nothing_like_this"},{"name":"add","condition":"a > 100"}]}""")["breakpoints"]!.AsArray();
        bps.Select(b => b!["verified"]!.GetValue<bool>()).Should().Equal(true, false, true);
        bps[0]!["line"]!.GetValue<int>().Should().Be(2);
        ((string)bps[0]!["source"]!["path"]!).Should().Be(s.Path);
        ((string)bps[1]!["message"]!).Should().Be("no function named 'nothing_like_this'");
        s.Ok("configurationDone");
        var stop = s.WaitStopped("function breakpoint");
        stop["hitBreakpointIds"]!.AsArray().Select(i => i!.GetValue<int>()).Should().Equal(bps[0]!["id"]!.GetValue<int>());
        s.Where().Should().Be((2, "add"));
        s.Continue();
        s.ExitCode().Should().Be(0);
    }

    [Fact]
    public void Capabilities_announce_the_breakpoint_features_and_exception_filters()
    {
        using var s = DebugScript.Start(AddProgram, "{}", configurationDone: false);
        var c = s.Capabilities;
        foreach (var name in new[] { "supportsConditionalBreakpoints", "supportsHitConditionalBreakpoints", "supportsLogPoints", "supportsFunctionBreakpoints",
                     "supportsExceptionInfoRequest", "supportsBreakpointLocationsRequest", "supportsInstructionBreakpoints", "supportsDataBreakpoints",
                     "supportsDisassembleRequest", "supportsLoadedSourcesRequest" })
            c[name]!.GetValue<bool>().Should().BeTrue(name);
        c["exceptionBreakpointFilters"]!.ToJsonString().Should().Be(
            """[{"filter":"raised","label":"Raised Exceptions","description":"Break whenever an exception is raised, even if the program handles it.","default":false},"""
            + """{"filter":"uncaught","label":"Uncaught Exceptions","description":"Break when an exception is about to end the program (no handler on the stack).","default":true}]""");
        s.Ok("configurationDone");
        s.ExitCode().Should().Be(0);
    }
}

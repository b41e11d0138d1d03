using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>dataBreakpointInfo + setDataBreakpoints: breaks when a variable's value changes.</summary>
public class BreakpointDataTests
{
    private const string Program =
        "def work():\n" +              // 1
        "    count = 0\n" +            // 2
        "    for i in range(3):\n" +   // 3
        "        count += i\n" +       // 4
        "    return count\n" +         // 5
        "\n" +                         // 6
        "total = 0\n" +                // 7
        "total = work()\n" +           // 8
        "print(total)\n";              // 9

    private static JsonArray SetLine(DebugScript s, int line) =>
        s.Ok("setBreakpoints", $$"""{"source":{"path":{{BpAdapter.Json(s.Path)}}},"breakpoints":[{"line":{{line}}}]}""")["breakpoints"]!.AsArray();

    private static string Local(DebugScript s, string name) => (string)s.Variable(s.ScopeReference("Locals"), name)["value"]!;

    [Fact]
    public void A_local_variable_breaks_at_every_store_that_changes_it()
    {
        using var s = DebugScript.Start(Program, "{}", configurationDone: false);
        SetLine(s, 2);
        s.Ok("configurationDone");
        s.WaitStopped("breakpoint");
        var locals = s.ScopeReference("Locals");
        var info = s.Ok("dataBreakpointInfo", $$"""{"variablesReference":{{locals}},"name":"count"}""");
        ((string)info["dataId"]!).Should().StartWith("local:").And.EndWith(":count");
        ((string)info["description"]!).Should().Be("'count' in work (local; breaks when a store changes it)");
        info["accessTypes"]!.ToJsonString().Should().Be("""["write"]""");
        info["canPersist"]!.GetValue<bool>().Should().BeFalse();
        var bps = s.Ok("setDataBreakpoints", $$"""{"breakpoints":[{"dataId":{{BpAdapter.Json((string)info["dataId"]!)}}},{"dataId":"nonsense"}]}""")["breakpoints"]!.AsArray();
        bps.Select(b => b!["verified"]!.GetValue<bool>()).Should().Equal(true, false);
        ((string)bps[1]!["message"]!).Should().Be("Unknown dataId 'nonsense': ask 'dataBreakpointInfo' for one.");
        var id = bps[0]!["id"]!.GetValue<int>();
        SetLine(s, 100); // only the data breakpoint stops from here on
        var seen = new List<(int Line, string Count)>();
        for (var k = 0; k < 3; k++)
        {
            s.Continue();
            var stop = s.WaitStopped("data breakpoint");
            stop["hitBreakpointIds"]!.AsArray().Select(i => i!.GetValue<int>()).Should().Equal(id);
            seen.Add((s.Where().Line, Local(s, "count")));
        }
        // count = 0 (new), count += 0 (unchanged: no stop), count += 1, count += 2.
        seen.Should().Equal((2, "0"), (4, "1"), (4, "3"));
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("3\n");
    }

    [Fact]
    public void A_global_named_by_an_expression_in_a_frame_breaks_when_a_store_changes_it()
    {
        using var s = DebugScript.Start(Program, "{}", configurationDone: false);
        SetLine(s, 8);
        s.Ok("configurationDone");
        s.WaitStopped("breakpoint");
        var frameId = s.TopFrame()["id"]!.GetValue<int>();
        var info = s.Ok("dataBreakpointInfo", $$"""{"frameId":{{frameId}},"name":"total"}""");
        ((string)info["dataId"]!).Should().StartWith("global:").And.EndWith(":total");
        ((string)info["description"]!).Should().Be("'total' in module __main__ (global; breaks when a store changes it)");
        var bad = s.Ok("dataBreakpointInfo", $$"""{"frameId":{{frameId}},"name":"total + 1"}""");
        bad["dataId"]!.Should().BeNull();
        ((string)bad["description"]!).Should().Be("'total + 1' is not a variable name: data breakpoints watch variables only.");
        var bps = s.Ok("setDataBreakpoints", $$"""{"breakpoints":[{"dataId":{{BpAdapter.Json((string)info["dataId"]!)}},"accessType":"write"}]}""")["breakpoints"]!.AsArray();
        bps[0]!["verified"]!.GetValue<bool>().Should().BeTrue();
        s.Continue();
        s.WaitStopped("data breakpoint");
        s.Where().Should().Be((8, "<module>"));
        ((string)s.Variable(s.ScopeReference("Globals"), "total")["value"]!).Should().Be("3");
        s.Continue();
        s.ExitCode().Should().Be(0);
    }

    [Fact]
    public void Only_variables_of_a_scope_can_be_watched()
    {
        using var s = DebugScript.Start("data = {'k': [1, 2]}\nx = 1\n", "{}", configurationDone: false);
        SetLine(s, 2);
        s.Ok("configurationDone");
        s.WaitStopped("breakpoint");
        var globals = s.ScopeReference("Globals");
        var data = s.Variable(globals, "data")["variablesReference"]!.GetValue<int>();
        data.Should().BeGreaterThan(0);
        var child = s.Ok("dataBreakpointInfo", $$"""{"variablesReference":{{data}},"name":"'k'"}""");
        child["dataId"]!.Should().BeNull();
        ((string)child["description"]!).Should().Be("Data breakpoints can watch variables only, not the items or attributes of an object.");
        var write = s.Ok("dataBreakpointInfo", $$"""{"variablesReference":{{globals}},"name":"data"}""");
        var bps = s.Ok("setDataBreakpoints", $$"""{"breakpoints":[{"dataId":{{BpAdapter.Json((string)write["dataId"]!)}},"accessType":"read"}]}""")["breakpoints"]!.AsArray();
        bps[0]!["verified"]!.GetValue<bool>().Should().BeFalse();
        ((string)bps[0]!["message"]!).Should().Be("Data breakpoints break on writes only (accessType \"write\"), not \"read\".");
        s.Continue();
        s.ExitCode().Should().Be(0);
    }
}

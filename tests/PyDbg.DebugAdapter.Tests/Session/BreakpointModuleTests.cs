using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>Breakpoints in files not loaded yet (pending, then a breakpoint event), imported modules
/// (loadedSource events, loadedSources), source, breakpointLocations.</summary>
public class BreakpointModuleTests
{
    private const string Main = "import helper\n" +    // 1
                                "print(helper.twice(4))\n"; // 2
    private const string Helper = "def twice(n):\n" + // 1
                                  "    r = n * 2\n" +  // 2
                                  "\n" +               // 3
                                  "    return r\n";    // 4

    private static JsonArray Set(DapTestClient client, string path, params string[] breakpoints)
    {
        var response = client.Request("setBreakpoints", JsonNode.Parse($$"""{"source":{"path":{{BpAdapter.Json(path)}}},"breakpoints":[{{string.Join(",", breakpoints)}}]}"""));
        response["success"]!.GetValue<bool>().Should().BeTrue(response.ToJsonString());
        return response["body"]!["breakpoints"]!.AsArray();
    }

    [Fact]
    public void A_breakpoint_set_before_launch_is_pending_until_the_program_is_loaded()
    {
        using var program = new TempProgram("x = 1\n\ny = x + 1\nprint(y)\n");
        using var adapter = new BpAdapter();
        adapter.Initialize();
        var bp = Set(adapter.Client, program.Path, """{"line":2}""")[0]!;
        bp["verified"]!.GetValue<bool>().Should().BeFalse();
        ((string)bp["reason"]!).Should().Be("pending");
        ((string)bp["message"]!).Should().Be("pending: the file has not been loaded yet");
        var id = bp["id"]!.GetValue<int>();
        adapter.Launch(program.Path)["success"]!.GetValue<bool>().Should().BeTrue();
        var changed = adapter.Client.WaitForEvent("breakpoint")["body"]!;
        ((string)changed["reason"]!).Should().Be("changed");
        changed["breakpoint"]!["id"]!.GetValue<int>().Should().Be(id);
        changed["breakpoint"]!["verified"]!.GetValue<bool>().Should().BeTrue();
        changed["breakpoint"]!["line"]!.GetValue<int>().Should().Be(3);
        ((string)changed["breakpoint"]!["source"]!["path"]!).Should().Be(program.Path);
        changed["breakpoint"]!.AsObject().ContainsKey("reason").Should().BeFalse();
        adapter.Ok("configurationDone");
        var stop = adapter.WaitForStopped();
        ((string)stop["reason"]!).Should().Be("breakpoint");
        stop["hitBreakpointIds"]!.AsArray().Select(i => i!.GetValue<int>()).Should().Equal(id);
        adapter.Ok("continue", """{"threadId":1}""");
        adapter.Client.WaitForEvent("exited")["body"]!["exitCode"]!.GetValue<int>().Should().Be(0);
        adapter.Client.Output("stdout").Should().Be("2\n");
    }

    [Fact]
    public void A_breakpoint_in_a_module_imported_later_is_verified_when_it_is_imported()
    {
        using var s = DebugScript.Start(Main, "{}", configurationDone: false);
        var helperPath = Path.Combine(s.Program.Directory, "helper.py");
        File.WriteAllText(helperPath, Helper);
        var bps = Set(s.Client, helperPath, """{"line":2}""", """{"line":3}""");
        bps.Select(b => (string)b!["reason"]!).Should().Equal("pending", "pending");
        var ids = bps.Select(b => b!["id"]!.GetValue<int>()).ToList();
        s.Ok("loadedSources")["sources"]!.AsArray().Select(x => (string)x!["path"]!).Should().Equal(s.Path);
        s.Ok("configurationDone");
        var stop = s.WaitStopped("breakpoint");
        stop["hitBreakpointIds"]!.AsArray().Select(i => i!.GetValue<int>()).Should().Equal(ids[0]);
        s.Where().Should().Be((2, "twice"));
        var frames = s.Frames();
        ((string)frames[0]!["source"]!["path"]!).Should().Be(helperPath);
        // The events came before the stop: both breakpoints verified (line 3 moved to 4), the new source.
        var changes = s.Client.Messages.Where(m => (string?)m["event"] == "breakpoint").Select(m => m["body"]!["breakpoint"]!).ToList();
        changes.Select(b => (b["id"]!.GetValue<int>(), b["verified"]!.GetValue<bool>(), b["line"]!.GetValue<int>())).Should().Equal((ids[0], true, 2), (ids[1], true, 4));
        var loaded = s.Client.Messages.Where(m => (string?)m["event"] == "loadedSource").Select(m => m["body"]!).ToList();
        loaded.Should().ContainSingle();
        ((string)loaded[0]["reason"]!).Should().Be("new");
        ((string)loaded[0]["source"]!["path"]!).Should().Be(helperPath);
        ((string)loaded[0]["source"]!["name"]!).Should().Be("helper.py");
        s.Ok("loadedSources")["sources"]!.AsArray().Select(x => (string)x!["path"]!).Should().Equal(s.Path, helperPath);
        s.Continue();
        s.WaitStopped("breakpoint")["hitBreakpointIds"]!.AsArray().Select(i => i!.GetValue<int>()).Should().Equal(ids[1]);
        s.Where().Should().Be((4, "twice"));
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("8\n");
    }

    [Fact]
    public void Source_returns_the_file_text_and_rejects_unknown_references()
    {
        using var s = DebugScript.Start(Main.Replace("import helper\n", "").Replace("helper.twice(4)", "4"), "{}", configurationDone: false);
        var body = s.Ok("source", $$"""{"source":{"path":{{BpAdapter.Json(s.Path)}}},"sourceReference":0}""");
        ((string)body["content"]!).Should().Be("print(4)\n");
        s.Fails("source", """{"sourceReference":77}""").Should().Be("Unknown sourceReference 77.");
        s.Ok("configurationDone");
        s.ExitCode().Should().Be(0);
    }

    [Fact]
    public void Breakpoint_locations_are_the_line_starts_of_the_compiled_code()
    {
        const string program =
            "def f(x):\n" +            // 1
            "    y = x + 1\n" +        // 2
            "\n" +                     // 3
            "    return y\n" +         // 4
            "\n" +                     // 5
            "class C:\n" +             // 6
            "    z = [i for i in range(3)]\n" + // 7
            "print(f(2)); print(3)\n"; // 8
        using var s = DebugScript.Start(program, "{}", configurationDone: false);
        string Locations(string args) => string.Join(" ", s.Ok("breakpointLocations", args)["breakpoints"]!.AsArray()
            .Select(b => $"{b!["line"]}:{b["column"]}-{b["endLine"]}:{b["endColumn"]}"));
        var source = $$"""{"path":{{BpAdapter.Json(s.Path)}}}""";
        // Each line's first statement start: "def f(x):" (the def statement cut to its first line),
        // x of "x + 1", y of "return y", "class C:", "[i for i ...]", the name print (the call starts with PUSH_NULL at its position, as in CPython).
        Locations($$"""{"source":{{source}},"line":1,"endLine":8}""").Should().Be("1:1-1:10 2:9-2:10 4:12-4:13 6:1-6:9 7:9-7:30 8:1-8:6");
        Locations($$"""{"source":{{source}},"line":3}""").Should().BeEmpty();
        Locations($$"""{"source":{{source}},"line":2,"endLine":4}""").Should().Be("2:9-2:10 4:12-4:13");
        Locations($$"""{"source":{{source}},"line":2,"column":10,"endLine":4}""").Should().Be("4:12-4:13");
        s.Ok("configurationDone");
        s.ExitCode().Should().Be(0);
    }

    [Fact]
    public void Breakpoint_locations_of_a_module_not_imported_yet_come_from_compiling_its_file()
    {
        using var s = DebugScript.Start(Main, "{}", configurationDone: false);
        var helperPath = Path.Combine(s.Program.Directory, "helper.py");
        File.WriteAllText(helperPath, Helper);
        var body = s.Ok("breakpointLocations", $$"""{"source":{"path":{{BpAdapter.Json(helperPath)}}},"line":1,"endLine":4}""");
        body["breakpoints"]!.AsArray().Select(b => b!["line"]!.GetValue<int>()).Should().Equal(1, 2, 4);
        s.Ok("configurationDone");
        s.ExitCode().Should().Be(0);
    }

    [Fact]
    public void Code_without_a_source_file_gets_a_source_reference_whose_content_is_its_bytecode()
    {
        using var program = new TempProgram("x = 1\n");
        using var adapter = new BpAdapter();
        adapter.Initialize();
        adapter.Launch(program.Path)["success"]!.GetValue<bool>().Should().BeTrue();
        var runtime = adapter.Runtime!;
        var code = BpAdapter.Compile("y = 2\nprint(y)\n", "<string>");
        runtime.Debugger.AddProgram(code);
        var loaded = adapter.Client.WaitForEvent("loadedSource")["body"]!;
        ((string)loaded["reason"]!).Should().Be("new");
        ((string)loaded["source"]!["name"]!).Should().Be("<string>");
        loaded["source"]!.AsObject().ContainsKey("path").Should().BeFalse();
        var reference = loaded["source"]!["sourceReference"]!.GetValue<int>();
        reference.Should().BeGreaterThan(0);
        var content = (string)adapter.Ok("source", $$"""{"source":{"name":"<string>","sourceReference":{{reference}}},"sourceReference":{{reference}}}""")["content"]!;
        content.Should().Be("# <string> has no source file; its bytecode:\n" + Vm.Bytecode.Disassembler.Disassemble(code));
        adapter.Ok("loadedSources")["sources"]!.AsArray().Select(x => (string)x!["name"]!).Should().Equal("main.py", "<string>");
        var first = adapter.Ok("disassemble", $$"""{"memoryReference":"{{runtime.Addresses.Of(code, 2)}}","instructionCount":1}""")["instructions"]![0]!;
        first["location"]!["sourceReference"]!.GetValue<int>().Should().Be(reference);
        first["line"]!.GetValue<int>().Should().Be(1);
        adapter.Ok("configurationDone");
        adapter.Client.WaitForEvent("exited");
    }

    [Fact]
    public void A_function_breakpoint_on_a_function_of_a_module_imported_later_is_verified_by_a_breakpoint_event()
    {
        using var s = DebugScript.Start(Main, "{}", configurationDone: false);
        var helperPath = Path.Combine(s.Program.Directory, "helper.py");
        File.WriteAllText(helperPath, Helper);
        var bp = s.Ok("setFunctionBreakpoints", """{"breakpoints":[{"name":"twice"}]}""")["breakpoints"]![0]!;
        bp["verified"]!.GetValue<bool>().Should().BeFalse();
        ((string)bp["message"]!).Should().Be("no function named 'twice'");
        s.Ok("configurationDone");
        var stop = s.WaitStopped("function breakpoint");
        stop["hitBreakpointIds"]!.AsArray().Select(i => i!.GetValue<int>()).Should().Equal(bp["id"]!.GetValue<int>());
        s.Where().Should().Be((2, "twice"));
        var changed = s.Client.Messages.Single(m => (string?)m["event"] == "breakpoint")["body"]!["breakpoint"]!;
        changed["id"]!.GetValue<int>().Should().Be(bp["id"]!.GetValue<int>());
        changed["verified"]!.GetValue<bool>().Should().BeTrue();
        changed["line"]!.GetValue<int>().Should().Be(2);
        ((string)changed["source"]!["path"]!).Should().Be(helperPath);
        s.Continue();
        s.ExitCode().Should().Be(0);
    }
}

using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>Scripted sessions against an in-process DebugSession over in-memory pipes.</summary>
public class SessionTests
{
    private static JsonNode Args(string json) => JsonNode.Parse(json)!;

    private static JsonObject Initialize(DapTestClient client)
    {
        var response = client.Request("initialize", Args("""{"clientID":"tests","adapterID":"pydbg","linesStartAt1":true,"columnsStartAt1":true,"pathFormat":"path"}"""));
        response["success"]!.GetValue<bool>().Should().BeTrue();
        client.WaitForEvent("initialized");
        return response;
    }

    private static JsonObject LaunchNoDebug(DapTestClient client, string program, string extra = "")
    {
        var args = new JsonObject { ["program"] = program, ["noDebug"] = true };
        if (extra.Length > 0)
            foreach (var (k, v) in Args(extra).AsObject().ToArray()) args[k] = v?.DeepClone();
        return client.Request("launch", args);
    }

    private static string Json(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    [Fact]
    public void Initialize_answers_capabilities_then_sends_initialized()
    {
        using var adapter = new InProcessAdapter();
        var response = Initialize(adapter.Client);
        var body = response["body"]!.AsObject();
        body["supportsConfigurationDoneRequest"]!.GetValue<bool>().Should().BeTrue();
        body["supportsTerminateRequest"]!.GetValue<bool>().Should().BeTrue();
        body.ContainsKey("supportsStepBack").Should().BeFalse("only real capabilities are announced");
        body["supportsSetVariable"]!.GetValue<bool>().Should().BeTrue();
        body["supportsDelayedStackTraceLoading"]!.GetValue<bool>().Should().BeTrue();
        body["supportsSteppingGranularity"]!.GetValue<bool>().Should().BeTrue();
        var messages = adapter.Client.Messages;
        var responseIndex = messages.ToList().FindIndex(m => (string?)m["command"] == "initialize");
        var eventIndex = messages.ToList().FindIndex(m => (string?)m["event"] == "initialized");
        responseIndex.Should().BeLessThan(eventIndex);
        messages[0]["seq"]!.GetValue<int>().Should().Be(1);
        messages[1]["seq"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public void Launch_nodebug_relays_exact_output_then_exited_and_terminated()
    {
        using var program = new TempProgram("print('hello')\nfor i in range(3):\n    print(i, i * i)\nprint('no newline', end='')\n");
        using var adapter = new InProcessAdapter();
        var client = adapter.Client;
        Initialize(client);
        LaunchNoDebug(client, program.Path)["success"]!.GetValue<bool>().Should().BeTrue();
        client.Request("configurationDone")["success"]!.GetValue<bool>().Should().BeTrue();
        var exited = client.WaitForEvent("exited");
        client.WaitForEvent("terminated");
        exited["body"]!["exitCode"]!.GetValue<int>().Should().Be(0);
        client.Output("stdout").Should().Be("hello\n0 0\n1 1\n2 4\nno newline");
        client.Output("stderr").Should().BeEmpty();
        client.Request("disconnect")["success"]!.GetValue<bool>().Should().BeTrue();
        adapter.WaitForSessionEnd().Should().BeTrue();
        // Output events come after the launch response and before exited.
        var messages = client.Messages.ToList();
        var launch = messages.FindIndex(m => (string?)m["command"] == "launch");
        var firstOutput = messages.FindIndex(m => (string?)m["event"] == "output");
        var exitedAt = messages.FindIndex(m => (string?)m["event"] == "exited");
        var terminatedAt = messages.FindIndex(m => (string?)m["event"] == "terminated");
        launch.Should().BeLessThan(firstOutput);
        messages.FindLastIndex(m => (string?)m["event"] == "output").Should().BeLessThan(exitedAt);
        exitedAt.Should().BeLessThan(terminatedAt);
        for (var i = 0; i < messages.Count; i++) messages[i]["seq"]!.GetValue<int>().Should().Be(i + 1);
    }

    [Fact]
    public void Program_arguments_reach_sys_argv()
    {
        using var program = new TempProgram("import sys\nprint(sys.argv[1:])\n");
        using var adapter = new InProcessAdapter();
        Initialize(adapter.Client);
        LaunchNoDebug(adapter.Client, program.Path, """{"args":["a b","--x","3"]}""")["success"]!.GetValue<bool>().Should().BeTrue();
        adapter.Client.WaitForEvent("terminated");
        adapter.Client.Output("stdout").Should().Be("['a b', '--x', '3']\n");
    }

    [Fact]
    public void Uncaught_exception_goes_to_stderr_with_the_traceback_and_exit_code_1()
    {
        using var program = new TempProgram("def f(x):\n    return 1 / x\nprint('before')\nf(0)\n");
        using var adapter = new InProcessAdapter();
        Initialize(adapter.Client);
        LaunchNoDebug(adapter.Client, program.Path);
        var exited = adapter.Client.WaitForEvent("exited");
        adapter.Client.WaitForEvent("terminated");
        exited["body"]!["exitCode"]!.GetValue<int>().Should().Be(1);
        adapter.Client.Output("stdout").Should().Be("before\n");
        adapter.Client.Output("stderr").Should().Be(
            "Traceback (most recent call last):\n" +
            $"  File \"{program.Path}\", line 4, in <module>\n" +
            "    f(0)\n" +
            $"  File \"{program.Path}\", line 2, in f\n" +
            "    return 1 / x\n" +
            "           ~~^~~\n" +
            "ZeroDivisionError: division by zero\n");
    }

    [Fact]
    public void Sys_exit_code_is_the_exit_code()
    {
        using var program = new TempProgram("print('bye')\nraise SystemExit(3)\n");
        using var adapter = new InProcessAdapter();
        Initialize(adapter.Client);
        LaunchNoDebug(adapter.Client, program.Path);
        adapter.Client.WaitForEvent("exited")["body"]!["exitCode"]!.GetValue<int>().Should().Be(3);
        adapter.Client.Output("stdout").Should().Be("bye\n");
    }

    [Fact]
    public void Syntax_error_fails_the_launch_naming_file_line_and_column()
    {
        using var program = new TempProgram("x = 1\nif x\n    print(x)\n");
        using var adapter = new InProcessAdapter();
        Initialize(adapter.Client);
        var response = LaunchNoDebug(adapter.Client, program.Path);
        response["success"]!.GetValue<bool>().Should().BeFalse();
        var message = (string)response["message"]!;
        message.Should().Contain("SyntaxError: expected ':'").And.Contain(program.Path).And.Contain("line 2, column 5");
        response["body"]!["error"]!["format"]!.GetValue<string>().Should().Be(message);
        // The debug console shows what python3 prints for the file (sent before the response).
        adapter.Client.Output("stderr").Should().Be(
            $"  File \"{program.Path}\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n");
        adapter.Client.Request("threads")["body"]!["threads"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public void Missing_program_fails_the_launch_clearly()
    {
        using var adapter = new InProcessAdapter();
        Initialize(adapter.Client);
        var missing = Path.Combine(Path.GetTempPath(), "pydbg-no-such-dir", "nothere.py");
        var response = LaunchNoDebug(adapter.Client, missing);
        response["success"]!.GetValue<bool>().Should().BeFalse();
        ((string)response["message"]!).Should().Be($"Cannot launch '{missing}': no such file ({missing}).");
        var noProgram = adapter.Client.Request("launch", Args("""{"noDebug":true}"""));
        ((string)noProgram["message"]!).Should().Be("The launch configuration needs 'program': the Python file to run.");
    }

    [Fact]
    public void Unknown_command_and_bad_arguments_fail_with_clear_messages()
    {
        using var adapter = new InProcessAdapter();
        var client = adapter.Client;
        var early = client.Request("threads");
        early["success"]!.GetValue<bool>().Should().BeFalse();
        ((string)early["message"]!).Should().Contain("before 'initialize'");
        Initialize(client);
        var unknown = client.Request("frobnicate");
        unknown["success"]!.GetValue<bool>().Should().BeFalse();
        ((string)unknown["message"]!).Should().Be("Unknown request 'frobnicate': the PyDbg adapter does not support it.");
        unknown["command"]!.GetValue<string>().Should().Be("frobnicate");
        var bad = client.Request("setBreakpoints", Args("""{"breakpoints":[{"line":1}]}"""));
        bad["success"]!.GetValue<bool>().Should().BeFalse();
        ((string)bad["message"]!).Should().StartWith("Invalid arguments for 'setBreakpoints':").And.Contain("missing required field(s) 'source'");
        var mistyped = client.Request("launch", Args("""{"program":42}"""));
        ((string)mistyped["message"]!).Should().Be("Invalid arguments for 'launch': the value at $.program has the wrong type or is malformed.");
        ((string)client.Request("launch", Args("[1]"))["message"]!).Should().Be("Invalid arguments for 'launch': the arguments are not a valid JSON object.");
        ((string)bad["message"]!).Should().NotContain("PyDbg.DebugAdapter", "no .NET type names reach the user");
        var again = client.Request("initialize", Args("""{"adapterID":"pydbg"}"""));
        again["success"]!.GetValue<bool>().Should().BeFalse();
        client.Request("attach", Args("{}"))["success"]!.GetValue<bool>().Should().BeFalse();
        client.Request("stackTrace", Args("""{"threadId":1}"""))["message"]!.GetValue<string>().Should().Be("'stackTrace' needs a program: 'launch' has not been sent.");
        client.Request("disconnect")["success"]!.GetValue<bool>().Should().BeTrue();
        adapter.WaitForSessionEnd().Should().BeTrue();
    }

    [Fact]
    public void Invalid_json_and_bad_frames_mid_session_are_skipped()
    {
        using var adapter = new InProcessAdapter();
        var client = adapter.Client;
        Initialize(client);
        client.SendRaw(DapTestClient.Frame("{this is not json"));
        client.SendRaw("Content-Length: nope\r\n\r\n");
        client.SendRaw(DapTestClient.Frame("[1,2,3]"));
        client.SendRaw(DapTestClient.Frame("""{"seq":50,"type":"event","event":"x"}"""));
        client.SendRaw(DapTestClient.Frame("""{"seq":51,"command":"threads"}"""));
        var typeless = client.WaitForResponse(51);
        typeless["success"]!.GetValue<bool>().Should().BeFalse();
        ((string)typeless["message"]!).Should().Contain("'type' is missing");
        var threads = client.Request("threads");
        threads["success"]!.GetValue<bool>().Should().BeTrue();
        threads["body"]!["threads"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public void Breakpoints_are_answered_unverified_by_the_runtime_without_debugger()
    {
        using var program = new TempProgram("a = 1\nb = 2\nprint(a + b)\n");
        using var adapter = new InProcessAdapter(() => new PyDbg.DebugAdapter.Session.ProgramRunnerRuntime());
        var client = adapter.Client;
        Initialize(client);
        var set = client.Request("setBreakpoints", new JsonObject
        {
            ["source"] = new JsonObject { ["path"] = program.Path, ["name"] = "main.py" },
            ["breakpoints"] = Args("""[{"line":2},{"line":3,"condition":"a > 0"}]"""),
        });
        set["success"]!.GetValue<bool>().Should().BeTrue();
        var bps = set["body"]!["breakpoints"]!.AsArray();
        bps.Should().HaveCount(2);
        bps[0]!["verified"]!.GetValue<bool>().Should().BeFalse();
        bps[0]!["line"]!.GetValue<int>().Should().Be(2);
        bps[1]!["line"]!.GetValue<int>().Should().Be(3);
        ((string)bps[0]!["message"]!).Should().Contain("debugger is not available yet");
        client.Request("setFunctionBreakpoints", Args("""{"breakpoints":[{"name":"f"}]}"""))["body"]!["breakpoints"]!.AsArray().Should().HaveCount(1);
        client.Request("setExceptionBreakpoints", Args("""{"filters":[]}"""))["success"]!.GetValue<bool>().Should().BeTrue();
        // A debug (not noDebug) launch waits for configurationDone, then runs to the end.
        client.Request("launch", new JsonObject { ["program"] = program.Path, ["stopOnEntry"] = true })["success"]!.GetValue<bool>().Should().BeTrue();
        client.Request("configurationDone")["success"]!.GetValue<bool>().Should().BeTrue();
        client.WaitForEvent("terminated");
        client.Output("stdout").Should().Be("3\n");
        var threads = client.Request("threads")["body"]!["threads"]!.AsArray();
        threads.Should().ContainSingle();
        threads[0]!["id"]!.GetValue<int>().Should().Be(1);
        threads[0]!["name"]!.GetValue<string>().Should().Be("MainThread");
        var sources = client.Request("loadedSources", Args("{}"))["body"]!["sources"]!.AsArray();
        sources.Should().ContainSingle().Which!["path"]!.GetValue<string>().Should().Be(program.Path);
        client.Request("source", new JsonObject { ["source"] = new JsonObject { ["path"] = program.Path }, ["sourceReference"] = 0 })["body"]!["content"]!
            .GetValue<string>().Should().Be("a = 1\nb = 2\nprint(a + b)\n");
    }

    [Fact]
    public void Stderr_and_stdout_keep_their_order()
    {
        using var program = new TempProgram("import sys\nprint('one')\nprint('two', file=sys.stderr)\nprint('three')\n");
        using var adapter = new InProcessAdapter();
        Initialize(adapter.Client);
        LaunchNoDebug(adapter.Client, program.Path);
        adapter.Client.WaitForEvent("terminated");
        var outputs = adapter.Client.Messages.Where(m => (string?)m["event"] == "output")
            .Select(m => $"{(string)m["body"]!["category"]!}:{(string)m["body"]!["output"]!}").ToArray();
        outputs.Should().Equal("stdout:one\n", "stderr:two\n", "stdout:three\n");
    }

    [Fact]
    public void Terminate_stops_a_running_program_and_sends_terminated()
    {
        using var program = new TempProgram("i = 0\nprint('start')\nwhile True:\n    i += 1\n    if i % 1000 == 0:\n        print('tick')\n");
        using var adapter = new InProcessAdapter();
        var client = adapter.Client;
        Initialize(client);
        LaunchNoDebug(client, program.Path);
        client.WaitForEvent("output");
        client.Request("terminate", Args("{}"))["success"]!.GetValue<bool>().Should().BeTrue();
        client.WaitForEvent("terminated");
        client.Request("disconnect")["success"]!.GetValue<bool>().Should().BeTrue();
        adapter.WaitForSessionEnd().Should().BeTrue();
        client.Output("stdout").Should().MatchRegex("^start\n(tick\n)*$");
    }

    [Fact]
    public void A_debug_launch_starts_the_program_only_after_configurationDone()
    {
        using var program = new TempProgram("print('ran')\n");
        using var adapter = new InProcessAdapter();
        var client = adapter.Client;
        Initialize(client);
        client.Request("launch", new JsonObject { ["program"] = program.Path })["success"]!.GetValue<bool>().Should().BeTrue();
        Thread.Sleep(300);
        client.Messages.Should().NotContain(m => (string?)m["event"] == "process" || (string?)m["event"] == "output");
        var done = client.Send("configurationDone");
        client.WaitForEvent("terminated");
        var messages = client.Messages.ToList();
        messages.FindIndex(m => (string?)m["type"] == "response" && (int?)m["request_seq"] == done)
            .Should().BeLessThan(messages.FindIndex(m => (string?)m["event"] == "process"));
        client.Output("stdout").Should().Be("ran\n");
        client.Request("configurationDone")["success"]!.GetValue<bool>().Should().BeFalse("it may be sent only once");
        client.Request("launch", new JsonObject { ["program"] = program.Path })["success"]!.GetValue<bool>().Should().BeFalse("one program per session");
    }

    [Fact]
    public void Relative_program_is_resolved_against_cwd()
    {
        using var program = new TempProgram("print('relative')\n", "rel.py");
        using var adapter = new InProcessAdapter();
        Initialize(adapter.Client);
        LaunchNoDebug(adapter.Client, "rel.py", $$"""{"cwd":{{Json(program.Directory)}}}""")["success"]!.GetValue<bool>().Should().BeTrue();
        adapter.Client.WaitForEvent("terminated");
        adapter.Client.Output("stdout").Should().Be("relative\n");
        var badCwd = new InProcessAdapter();
        using (badCwd)
        {
            Initialize(badCwd.Client);
            var response = LaunchNoDebug(badCwd.Client, "rel.py", """{"cwd":"/no/such/dir/pydbg"}""");
            ((string)response["message"]!).Should().Be("Cannot launch: the working directory '/no/such/dir/pydbg' does not exist.");
        }
    }

    [Fact]
    public void End_of_input_ends_the_session()
    {
        using var adapter = new InProcessAdapter();
        Initialize(adapter.Client);
        adapter.CloseInput();
        adapter.WaitForSessionEnd().Should().BeTrue();
        adapter.Session.HasEnded.Should().BeTrue();
    }
}

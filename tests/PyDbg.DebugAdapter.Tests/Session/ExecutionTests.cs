using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>Debug sessions on the VM: launch, stops, stepping, output and the program's end.</summary>
public class ExecutionTests
{
    private const string AddProgram =
        "def add(a, b):\n" +          // 1
        "    total = a + b\n" +       // 2
        "    return total\n" +        // 3
        "\n" +                        // 4
        "x = 10\n" +                  // 5
        "items = [1, 2, 3]\n" +       // 6
        "result = add(x, 5)\n" +      // 7
        "print(result)\n";            // 8

    [Fact]
    public void StopOnEntry_stops_at_the_first_line_with_reason_entry()
    {
        using var s = DebugScript.Start(AddProgram);
        var stopped = s.WaitStopped("entry");
        stopped["threadId"]!.GetValue<int>().Should().Be(1);
        stopped["allThreadsStopped"]!.GetValue<bool>().Should().BeTrue();
        ((string)stopped["description"]!).Should().Be("Paused on entry");
        stopped.ContainsKey("hitBreakpointIds").Should().BeFalse();
        var frames = s.Frames();
        frames.Should().ContainSingle();
        var top = frames[0]!;
        ((string)top["name"]!).Should().Be("<module>");
        top["line"]!.GetValue<int>().Should().Be(1);
        top["column"]!.GetValue<int>().Should().Be(1);
        ((string)top["source"]!["name"]!).Should().Be("main.py");
        ((string)top["source"]!["path"]!).Should().Be(s.Path);
        s.Ok("threads")["threads"]!.ToJsonString().Should().Be("""[{"id":1,"name":"MainThread"}]""");
        s.Client.Output("stdout").Should().BeEmpty("the program has not run yet");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.WaitForEvent("terminated");
        s.Client.Output("stdout").Should().Be("15\n");
    }

    [Fact]
    public void Next_stepIn_stepOut_walk_the_program_line_by_line()
    {
        using var s = DebugScript.Start(AddProgram);
        s.WaitStopped("entry");
        s.Where().Should().Be((1, "<module>"));
        s.Next();
        s.WaitStopped("step");
        s.Where().Should().Be((5, "<module>"));
        s.Next();
        s.WaitStopped("step");
        s.Where().Should().Be((6, "<module>"));
        s.Next();
        s.WaitStopped("step");
        s.Where().Should().Be((7, "<module>"));
        s.StepIn();
        s.WaitStopped("step");
        s.Where().Should().Be((2, "add"));
        var frames = s.Frames();
        frames.Should().HaveCount(2);
        ((string)frames[1]!["name"]!).Should().Be("<module>");
        frames[1]!["line"]!.GetValue<int>().Should().Be(7);
        s.Next();
        s.WaitStopped("step");
        s.Where().Should().Be((3, "add"));
        s.StepOut();
        s.WaitStopped("step");
        s.Where().Should().Be((7, "<module>"));
        s.Next();
        s.WaitStopped("step");
        s.Where().Should().Be((8, "<module>"));
        s.Client.Output("stdout").Should().BeEmpty();
        s.Next();
        s.ExitCode().Should().Be(0, "stepping past the last line runs to the end");
        s.Client.WaitForEvent("terminated");
        s.Client.Output("stdout").Should().Be("15\n");
    }
}

/// <summary>Pause, terminate, disconnect, wrong-state requests and the program's end under the debugger.</summary>
public class ExecutionControlTests
{
    private const string Loop = "i = 0\nprint('start')\nwhile True:\n    i += 1\n";

    [Fact]
    public void Pause_stops_an_infinite_loop_and_continue_resumes_it()
    {
        using var s = DebugScript.Start(Loop, "{}");
        s.Client.WaitForEvent("output");
        s.Client.Output("stdout").Should().Be("start\n");
        s.Fails("stackTrace", """{"threadId":1}""").Should().Be("'stackTrace' needs a stopped program: the program is running (send 'pause' first).");
        s.Fails("continue", """{"threadId":1}""").Should().Be("'continue' needs a stopped program: the program is running (send 'pause' first).");
        s.Fails("next", """{"threadId":1}""").Should().Contain("needs a stopped program");
        s.Ok("pause", """{"threadId":1}""");
        var stopped = s.WaitStopped("pause");
        ((string)stopped["description"]!).Should().Be("Paused");
        var (line, name) = s.Where();
        name.Should().Be("<module>");
        line.Should().BeOneOf(3, 4);
        var i1 = int.Parse((string)s.Variable(s.ScopeReference("Globals"), "i")["value"]!);
        i1.Should().BeGreaterThan(0);
        s.Ok("pause", """{"threadId":1}"""); // already stopped: nothing happens
        s.Continue();
        Thread.Sleep(50);
        s.Ok("pause", """{"threadId":1}""");
        s.WaitStopped("pause");
        int.Parse((string)s.Variable(s.ScopeReference("Globals"), "i")["value"]!).Should().BeGreaterThan(i1);
        s.Client.Messages.Should().NotContain(m => (string?)m["event"] == "continued", "every resume was requested by the client");
        s.Ok("terminate");
        s.ExitCode().Should().Be(0);
        s.Client.WaitForEvent("terminated");
    }

    [Fact]
    public void Terminate_while_stopped_ends_the_program_with_exited_and_terminated()
    {
        using var s = DebugScript.Start("print('a')\nprint('b')\n");
        s.WaitStopped("entry");
        s.Ok("terminate");
        s.ExitCode().Should().Be(0);
        s.Client.WaitForEvent("terminated");
        s.Client.Output("stdout").Should().BeEmpty();
        s.Fails("stackTrace", """{"threadId":1}""").Should().Be("'stackTrace' needs a stopped program: the program has ended.");
        s.Fails("pause", """{"threadId":1}""").Should().Be("'pause' needs a running program: the program has ended.");
    }

    [Fact]
    public void Terminate_while_running_ends_the_program()
    {
        using var s = DebugScript.Start(Loop, "{}");
        s.Client.WaitForEvent("output");
        s.Ok("terminate");
        s.ExitCode().Should().Be(0);
        s.Client.WaitForEvent("terminated");
        s.Client.Output("stdout").Should().Be("start\n");
    }

    [Fact]
    public void Disconnect_while_stopped_ends_the_program_and_the_session()
    {
        var s = DebugScript.Start("print('never')\n");
        s.WaitStopped("entry");
        var response = s.Request("disconnect", "{}");
        response["success"]!.GetValue<bool>().Should().BeTrue();
        s.Adapter.WaitForSessionEnd().Should().BeTrue();
        var messages = s.Client.Messages.ToList();
        var exited = messages.FindIndex(m => (string?)m["event"] == "exited");
        var terminated = messages.FindIndex(m => (string?)m["event"] == "terminated");
        var disconnect = messages.FindIndex(m => (string?)m["command"] == "disconnect");
        exited.Should().BeGreaterThan(0);
        exited.Should().BeLessThan(terminated);
        terminated.Should().BeLessThan(disconnect);
        s.Client.Output("stdout").Should().BeEmpty();
        s.Adapter.Dispose();
        s.Program.Dispose();
    }

    [Fact]
    public void Uncaught_exception_under_the_debugger_prints_the_traceback_and_exits_1()
    {
        using var s = DebugScript.Start("def f(x):\n    return 1 / x\nprint('before')\nf(0)\n", "{}");
        s.ExitCode().Should().Be(1);
        s.Client.WaitForEvent("terminated");
        s.Client.Output("stdout").Should().Be("before\n");
        s.Client.Output("stderr").Should().Be(
            "Traceback (most recent call last):\n" +
            $"  File \"{s.Path}\", line 4, in <module>\n" +
            "    f(0)\n" +
            $"  File \"{s.Path}\", line 2, in f\n" +
            "    return 1 / x\n" +
            "           ~~^~~\n" +
            "ZeroDivisionError: division by zero\n");
    }

    [Fact]
    public void Requests_in_the_wrong_state_answer_clearly()
    {
        using var s = DebugScript.Start("x = 1\n", """{"stopOnEntry":true}""", configurationDone: false);
        s.Fails("continue", """{"threadId":1}""").Should().Be("'continue' needs a running program: it starts after 'configurationDone'.");
        s.Ok("configurationDone");
        s.WaitStopped("entry");
        s.Fails("stackTrace", """{"threadId":7}""").Should().Be("Unknown thread id 7: the program has one thread (id 1).");
        s.Fails("next", """{"threadId":1,"granularity":"word"}""").Should().Be("Unknown stepping granularity 'word' (use \"statement\", \"line\" or \"instruction\").");
        s.Fails("variables", """{"variablesReference":1,"filter":"odd"}""").Should().Be("Unknown variables filter 'odd' (use \"indexed\" or \"named\").");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Fails("continue", """{"threadId":1}""").Should().Be("'continue' needs a stopped program: the program has ended.");
    }

    [Fact]
    public void NoDebug_and_the_ast_engine_run_without_the_debugger()
    {
        using (var s = DebugScript.Start("print('fast')\n", """{"noDebug":true,"stopOnEntry":true}"""))
        {
            s.ExitCode().Should().Be(0);
            s.Client.Output("stdout").Should().Be("fast\n");
            s.Fails("stackTrace", """{"threadId":1}""").Should().Be("'stackTrace' is not available: the program runs without the debugger (noDebug, or engine \"ast\").");
        }
        using (var s = DebugScript.Start("print('tree')\n", """{"engine":"ast","stopOnEntry":true}"""))
        {
            s.ExitCode().Should().Be(0);
            s.Client.Output("stdout").Should().Be("tree\n");
            s.Client.Output("console").Should().Be("stopOnEntry is ignored: the \"ast\" engine runs without the debugger (use engine \"vm\").\n");
            s.Client.Messages.Should().NotContain(m => (string?)m["event"] == "stopped");
        }
    }

    [Fact]
    public void Breakpoint_stop_reports_the_debugger_breakpoint_ids()
    {
        using var s = DebugScript.Start("a = 1\nb = 2\nc = a + b\nprint(c)\n", "{}", configurationDone: false);
        var set = s.Ok("setBreakpoints", new JsonObject
        {
            ["source"] = new JsonObject { ["path"] = s.Path },
            ["breakpoints"] = JsonNode.Parse("""[{"line":3}]"""),
        });
        var id = set["breakpoints"]![0]!["id"]!.GetValue<int>();
        s.Ok("configurationDone");
        var stopped = s.WaitStopped("breakpoint");
        ((string)stopped["description"]!).Should().Be("Paused on breakpoint");
        stopped["hitBreakpointIds"]!.AsArray().Select(x => x!.GetValue<int>()).Should().Equal(id);
        s.Where().Should().Be((3, "<module>"));
        DebugScript.NameValues(s.Variables(s.ScopeReference("Locals"))).Should().Contain(["a=1", "b=2"]);
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("3\n");
    }
}

/// <summary>stackTrace details: columns (characters, 1- or 0-based), paging, instruction stepping.</summary>
public class ExecutionStackTraceTests
{
    [Fact]
    public void Columns_count_characters_not_utf8_bytes()
    {
        // 'é' is 2 bytes in UTF-8: the call `f()` starts at byte 10, character 9.
        using var s = DebugScript.Start("def f():\n    return 1\ns = 'é'; f()\n");
        s.WaitStopped("entry");
        s.Next(); s.WaitStopped("step");
        s.Where().Should().Be((3, "<module>"));
        s.TopFrame()["column"]!.GetValue<int>().Should().Be(5, "'é' (LOAD_CONST) starts at column 4");
        s.TopFrame()["endColumn"]!.GetValue<int>().Should().Be(8, "'é' is 3 characters (4 bytes)");
        s.StepIn(); s.WaitStopped("step");
        s.Where().Should().Be((2, "f"));
        var caller = s.Frames()[1]!;
        caller["line"]!.GetValue<int>().Should().Be(3);
        caller["column"]!.GetValue<int>().Should().Be(10, "the call f() starts at character 9 (byte 10)");
        caller["endColumn"]!.GetValue<int>().Should().Be(13);
    }

    [Fact]
    public void Zero_based_clients_get_zero_based_lines_and_columns()
    {
        using var s = DebugScript.Start("x = 1\ny = 2\n", initializeExtra: """{"linesStartAt1":false,"columnsStartAt1":false}""");
        s.WaitStopped("entry");
        var top = s.TopFrame();
        top["line"]!.GetValue<int>().Should().Be(0);
        top["column"]!.GetValue<int>().Should().Be(4, "the LOAD_CONST of `x = 1` is at column 4");
        top["endColumn"]!.GetValue<int>().Should().Be(5);
    }

    [Fact]
    public void Frames_page_with_startFrame_and_levels_and_report_totalFrames()
    {
        using var s = DebugScript.Start("def a():\n    return b()\ndef b():\n    return c()\ndef c():\n    return 1\na()\n");
        s.WaitStopped("entry");
        s.Next(); s.WaitStopped("step");
        s.Next(); s.WaitStopped("step");
        s.Next(); s.WaitStopped("step");
        s.Where().Should().Be((7, "<module>"));
        s.StepIn(); s.WaitStopped("step");
        s.StepIn(); s.WaitStopped("step");
        s.StepIn(); s.WaitStopped("step");
        var all = s.Ok("stackTrace", """{"threadId":1}""");
        all["totalFrames"]!.GetValue<int>().Should().Be(4);
        all["stackFrames"]!.AsArray().Select(f => $"{(string)f!["name"]!}:{f["line"]}").Should().Equal("c:6", "b:4", "a:2", "<module>:7");
        var page = s.Ok("stackTrace", """{"threadId":1,"startFrame":1,"levels":2}""");
        page["totalFrames"]!.GetValue<int>().Should().Be(4);
        page["stackFrames"]!.AsArray().Select(f => (string)f!["name"]!).Should().Equal("b", "a");
        var ids = all["stackFrames"]!.AsArray().Select(f => f!["id"]!.GetValue<int>()).ToArray();
        page["stackFrames"]!.AsArray().Select(f => f!["id"]!.GetValue<int>()).Should().Equal(ids[1], ids[2]);
        s.Ok("stackTrace", """{"threadId":1,"startFrame":4}""")["stackFrames"]!.AsArray().Should().BeEmpty();
        ((string)all["stackFrames"]![0]!["instructionPointerReference"]!).Should().MatchRegex("^0x[0-9A-F]{8}$");
    }

    [Fact]
    public void Instruction_granularity_steps_one_instruction()
    {
        using var s = DebugScript.Start("x = 1\ny = 2\n");
        s.WaitStopped("entry");
        var first = (string)s.TopFrame()["instructionPointerReference"]!;
        s.Next("instruction"); s.WaitStopped("step");
        var second = (string)s.TopFrame()["instructionPointerReference"]!;
        (Convert.ToInt64(second, 16) - Convert.ToInt64(first, 16)).Should().Be(2, "one instruction is two bytes");
        s.Where().Should().Be((1, "<module>"));
        s.StepIn("statement"); s.WaitStopped("step");
        s.Where().Should().Be((2, "<module>"));
    }
}

/// <summary>The restart request: the same launch configuration, the same breakpoints (and ids).</summary>
public class ExecutionRestartTests
{
    [Fact]
    public void Restart_runs_the_program_again_with_its_breakpoints()
    {
        using var s = DebugScript.Start("print('run')\nx = 2\nprint(x)\n", "{}", configurationDone: false);
        s.Capabilities["supportsRestartRequest"]!.GetValue<bool>().Should().BeTrue();
        var set = s.Ok("setBreakpoints", new JsonObject
        {
            ["source"] = new JsonObject { ["path"] = s.Path },
            ["breakpoints"] = JsonNode.Parse("""[{"line":2}]"""),
        });
        var id = set["breakpoints"]![0]!["id"]!.GetValue<int>();
        s.Ok("configurationDone");
        s.WaitStopped("breakpoint")["hitBreakpointIds"]![0]!.GetValue<int>().Should().Be(id);
        s.Client.Output("stdout").Should().Be("run\n");
        s.Ok("restart", "{}");
        var again = s.WaitStopped("breakpoint");
        again["hitBreakpointIds"]![0]!.GetValue<int>().Should().Be(id, "the replayed breakpoint keeps its id");
        s.Where().Should().Be((2, "<module>"));
        s.Client.Output("stdout").Should().Be("run\nrun\n");
        s.Client.Messages.Should().NotContain(m => (string?)m["event"] == "terminated", "a restart does not end the session");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.WaitForEvent("terminated");
        s.Client.Output("stdout").Should().Be("run\nrun\n2\n");
    }

    [Fact]
    public void Restart_uses_the_latest_launch_configuration_and_needs_a_launch()
    {
        using var s = DebugScript.Start("import sys\nprint(sys.argv[1:])\n");
        s.WaitStopped("entry");
        s.Ok("restart", new JsonObject { ["arguments"] = new JsonObject { ["program"] = s.Path, ["args"] = new JsonArray("b"), ["stopOnEntry"] = false } });
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("['b']\n");
        using var adapter = new InProcessAdapter();
        adapter.Client.Request("initialize", JsonNode.Parse("""{"adapterID":"pydbg"}"""));
        ((string)adapter.Client.Request("restart", JsonNode.Parse("{}"))["message"]!).Should().Be("There is no program to restart: 'launch' has not been sent.");
    }
}

/// <summary>Stops on exceptions (the "uncaught" filter of DebugSession.Breakpoints.cs) as the execution side reports them.</summary>
public class ExecutionExceptionStopTests
{
    [Fact]
    public void An_uncaught_exception_stops_with_reason_exception_then_the_traceback_follows()
    {
        using var s = DebugScript.Start("def f(x):\n    return 1 / x\nprint('before')\nf(0)\n", "{}", configurationDone: false);
        s.Ok("setExceptionBreakpoints", """{"filters":["uncaught"]}""");
        s.Ok("configurationDone");
        var stopped = s.WaitStopped("exception");
        ((string)stopped["description"]!).Should().Be("Paused on exception");
        ((string)stopped["text"]!).Should().Be("ZeroDivisionError");
        s.Client.Output("stdout").Should().Be("before\n");
        s.Frames().Select(f => $"{(string)f!["name"]!}:{f["line"]}").Should().Equal("f:2", "<module>:4");
        DebugScript.NameValues(s.Variables(s.ScopeReference("Locals"))).Should().Equal("x=0");
        s.Continue();
        s.ExitCode().Should().Be(1);
        s.Client.Output("stderr").Should().EndWith("ZeroDivisionError: division by zero\n");
    }
}

/// <summary>Continued events and ending a program that waits.</summary>
public class ExecutionContinuedTests
{
    [Fact]
    public void A_resume_the_client_did_not_request_is_announced_by_a_continued_event()
    {
        PyDbg.DebugAdapter.Session.VmDebugRuntime? runtime = null;
        using var s = DebugScript.Start("a = 1\nb = 2\nprint(a + b)\n", configurationDone: false,
            runtimeFactory: () => runtime = new PyDbg.DebugAdapter.Session.VmDebugRuntime());
        s.Ok("setBreakpoints", new JsonObject { ["source"] = new JsonObject { ["path"] = s.Path }, ["breakpoints"] = JsonNode.Parse("""[{"line":3}]""") });
        s.Ok("configurationDone");
        s.WaitStopped("entry");
        s.Next();
        s.WaitStopped("step");
        s.Client.Messages.Should().NotContain(m => (string?)m["event"] == "continued", "the client asked for the step");
        runtime!.Debugger.Continue().Should().BeTrue(); // not through the session
        var continued = s.Client.WaitForEvent("continued")["body"]!;
        continued["threadId"]!.GetValue<int>().Should().Be(1);
        continued["allThreadsContinued"]!.GetValue<bool>().Should().BeTrue();
        s.WaitStopped("breakpoint");
        s.Where().Should().Be((3, "<module>"));
        var messages = s.Client.Messages.ToList();
        messages.FindIndex(m => (string?)m["event"] == "continued").Should().BeLessThan(messages.FindLastIndex(m => (string?)m["event"] == "stopped"));
        s.Continue();
        s.ExitCode().Should().Be(0);
    }

    [Fact]
    public void Terminate_ends_a_program_sleeping_in_time_sleep_at_once()
    {
        using var s = DebugScript.Start("import time\nprint('sleeping')\ntime.sleep(60)\nprint('woke')\n", "{}");
        s.Client.WaitForEvent("output");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        s.Ok("terminate");
        s.ExitCode().Should().Be(0);
        s.Client.WaitForEvent("terminated");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        s.Client.Output("stdout").Should().Be("sleeping\n");
    }
}

/// <summary>Output of a debugged program and frame flags.</summary>
public class ExecutionOutputTests
{
    [Fact]
    public void Stdout_and_stderr_keep_their_order_under_the_debugger_and_precede_the_stop()
    {
        using var s = DebugScript.Start("import sys\nprint('one')\nprint('two', file=sys.stderr)\nprint('three', end='')\nx = 1\n", "{}", configurationDone: false);
        s.Ok("setBreakpoints", new JsonObject { ["source"] = new JsonObject { ["path"] = s.Path }, ["breakpoints"] = JsonNode.Parse("""[{"line":5}]""") });
        s.Ok("configurationDone");
        s.WaitStopped("breakpoint");
        var messages = s.Client.Messages.ToList();
        var stoppedAt = messages.FindIndex(m => (string?)m["event"] == "stopped");
        messages.Take(stoppedAt).Where(m => (string?)m["event"] == "output")
            .Select(m => $"{(string)m["body"]!["category"]!}:{(string)m["body"]!["output"]!}")
            .Should().Equal("stdout:one\n", "stderr:two\n", "stdout:three");
        s.Continue();
        s.ExitCode().Should().Be(0);
    }

    [Fact]
    public void Function_frames_can_be_restarted_module_frames_cannot()
    {
        using var s = DebugScript.Start("def f():\n    return 1\nf()\n");
        s.WaitStopped("entry");
        s.Next(); s.WaitStopped("step");
        s.StepIn(); s.WaitStopped("step");
        var frames = s.Frames();
        frames.Select(f => $"{(string)f!["name"]!}:{f["canRestart"]}").Should().Equal("f:true", "<module>:false");
    }
}

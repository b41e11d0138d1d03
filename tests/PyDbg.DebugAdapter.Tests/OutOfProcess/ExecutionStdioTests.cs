using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.OutOfProcess;

/// <summary>A debug session against the real `pydbg dap` over stdio: stdout carries only protocol
/// messages, and the program's input() never reads the adapter's stdin.</summary>
public class ExecutionStdioTests
{
    [Fact]
    public async Task Debug_session_over_stdio_stops_steps_inspects_and_ends()
    {
        using var program = new TempProgram(
            "try:\n" +                     // 1
            "    line = input()\n" +       // 2
            "except EOFError:\n" +         // 3
            "    line = '<eof>'\n" +       // 4
            "print('read', line)\n" +      // 5
            "total = 6 * 7\n" +            // 6
            "print(total)\n");             // 7
        using var p = AdapterProcess.Start("dap");
        var stderrTask = p.StandardError.ReadToEndAsync();
        var stdout = new RecordingStream(p.StandardOutput.BaseStream);
        var client = new DapTestClient(p.StandardInput.BaseStream, stdout);
        client.Request("initialize", JsonNode.Parse("""{"adapterID":"pydbg","supportsVariableType":true}"""))["success"]!.GetValue<bool>().Should().BeTrue();
        client.Request("launch", new JsonObject { ["program"] = program.Path, ["stopOnEntry"] = true })["success"]!.GetValue<bool>().Should().BeTrue();
        client.Request("setBreakpoints", new JsonObject
        {
            ["source"] = new JsonObject { ["path"] = program.Path },
            ["breakpoints"] = JsonNode.Parse("""[{"line":7}]"""),
        })["body"]!["breakpoints"]![0]!["verified"]!.GetValue<bool>().Should().BeTrue();
        client.Request("configurationDone")["success"]!.GetValue<bool>().Should().BeTrue();
        ((string)client.WaitForEvent("stopped")["body"]!["reason"]!).Should().Be("entry");
        var frames = client.Request("stackTrace", JsonNode.Parse("""{"threadId":1}"""))["body"]!["stackFrames"]!.AsArray();
        frames.Should().ContainSingle();
        frames[0]!["line"]!.GetValue<int>().Should().Be(1);
        client.Request("continue", JsonNode.Parse("""{"threadId":1}"""))["success"]!.GetValue<bool>().Should().BeTrue();
        ((string)client.WaitForEvent("stopped")["body"]!["reason"]!).Should().Be("breakpoint");
        var top = client.Request("stackTrace", JsonNode.Parse("""{"threadId":1}"""))["body"]!["stackFrames"]![0]!;
        top["line"]!.GetValue<int>().Should().Be(7);
        var scopes = client.Request("scopes", new JsonObject { ["frameId"] = top["id"]!.GetValue<int>() })["body"]!["scopes"]!.AsArray();
        var locals = client.Request("variables", new JsonObject { ["variablesReference"] = scopes[0]!["variablesReference"]!.GetValue<int>() })["body"]!["variables"]!.AsArray();
        locals.Select(v => $"{(string)v!["name"]!}={(string)v["value"]!}:{(string)v["type"]!}").Should().Contain(["line='<eof>':str", "total=42:int"]);
        client.Request("continue", JsonNode.Parse("""{"threadId":1}"""));
        client.WaitForEvent("exited")["body"]!["exitCode"]!.GetValue<int>().Should().Be(0);
        client.WaitForEvent("terminated");
        client.Request("disconnect", JsonNode.Parse("{}"))["success"]!.GetValue<bool>().Should().BeTrue();
        p.StandardInput.Close();
        var exited = p.WaitForExit(60_000);
        if (!exited) p.Kill(true);
        exited.Should().BeTrue("the adapter must exit after disconnect");
        client.WaitForEnd();
        var messages = StdioAdapterTests.ParseStrictly(stdout.Recorded());
        for (var i = 0; i < messages.Count; i++) messages[i]["seq"]!.GetValue<int>().Should().Be(i + 1);
        string.Concat(messages.Where(m => (string?)m["event"] == "output" && (string?)m["body"]!["category"] == "stdout").Select(m => (string)m["body"]!["output"]!))
            .Should().Be("read <eof>\n42\n");
        (await stderrTask).Should().BeEmpty();
        p.ExitCode.Should().Be(0);
    }
}

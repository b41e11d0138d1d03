using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.OutOfProcess;

/// <summary>The real `pydbg dap` executable, spawned and driven over its stdio (and TCP).</summary>
public class StdioAdapterTests
{
    /// <summary>Parses stdout strictly: only "Content-Length: N\r\n\r\n" + N bytes of JSON, nothing else.</summary>
    internal static List<JsonObject> ParseStrictly(byte[] bytes)
    {
        var messages = new List<JsonObject>();
        var at = 0;
        while (at < bytes.Length)
        {
            var headerEnd = bytes.AsSpan(at).IndexOf("\r\n\r\n"u8);
            headerEnd.Should().BeGreaterThan(0, $"a header must start at byte {at}");
            var header = Encoding.ASCII.GetString(bytes, at, headerEnd);
            header.Should().MatchRegex("^Content-Length: [0-9]+$");
            var length = int.Parse(header["Content-Length: ".Length..]);
            var start = at + headerEnd + 4;
            (start + length).Should().BeLessThanOrEqualTo(bytes.Length);
            var node = JsonNode.Parse(bytes.AsSpan(start, length))!.AsObject();
            messages.Add(node);
            at = start + length;
        }
        return messages;
    }

    private sealed record SessionResult(List<JsonObject> Messages, string Stderr, int ExitCode);

    /// <summary>initialize, launch noDebug, configurationDone; then <paramref name="beforeDisconnect"/>;
    /// then disconnect. Returns everything stdout carried (parsed strictly), stderr and the exit code.</summary>
    private static async Task<SessionResult> RunSession(string program, Action<DapTestClient> beforeDisconnect, params string[] extraArgs)
    {
        using var p = AdapterProcess.Start(["dap", .. extraArgs]);
        var stderrTask = p.StandardError.ReadToEndAsync();
        var stdout = new RecordingStream(p.StandardOutput.BaseStream);
        var client = new DapTestClient(p.StandardInput.BaseStream, stdout);
        client.Request("initialize", JsonNode.Parse("{\"adapterID\":\"pydbg\"}"))["success"]!.GetValue<bool>().Should().BeTrue();
        client.Request("launch", new JsonObject { ["program"] = program, ["noDebug"] = true })["success"]!.GetValue<bool>().Should().BeTrue();
        client.Request("configurationDone");
        beforeDisconnect(client);
        client.Request("disconnect", JsonNode.Parse("{}"))["success"]!.GetValue<bool>().Should().BeTrue();
        p.StandardInput.Close();
        var exited = p.WaitForExit(60_000);
        if (!exited) p.Kill(true);
        exited.Should().BeTrue("the adapter must exit after disconnect");
        client.WaitForEnd();
        return new SessionResult(ParseStrictly(stdout.Recorded()), await stderrTask, p.ExitCode);
    }

    [Fact]
    public async Task Launch_session_over_stdio_carries_only_protocol_messages()
    {
        using var program = new TempProgram("print('hello from pydbg')\nprint(6 * 7)\n");
        var (messages, stderr, code) = await RunSession(program.Path, c => c.WaitForEvent("terminated"));
        code.Should().Be(0);
        stderr.Should().BeEmpty("nothing is logged anywhere unless asked");
        for (var i = 0; i < messages.Count; i++) messages[i]["seq"]!.GetValue<int>().Should().Be(i + 1);
        var output = string.Concat(messages.Where(m => (string?)m["event"] == "output" && (string?)m["body"]!["category"] == "stdout").Select(m => (string)m["body"]!["output"]!));
        output.Should().Be("hello from pydbg\n42\n");
        messages.Should().Contain(m => (string?)m["event"] == "exited" && m["body"]!["exitCode"]!.GetValue<int>() == 0);
        messages.Should().Contain(m => (string?)m["event"] == "terminated");
        var disconnect = messages.Single(m => (string?)m["command"] == "disconnect");
        disconnect["success"]!.GetValue<bool>().Should().BeTrue();
        disconnect["request_seq"]!.GetValue<int>().Should().Be(4);
        messages[0]["command"]!.GetValue<string>().Should().Be("initialize");
        messages[1]["event"]!.GetValue<string>().Should().Be("initialized");
    }

    [Fact]
    public async Task Disconnect_ends_the_adapter_even_when_the_program_never_ends()
    {
        using var program = new TempProgram("x = 0\nwhile True:\n    x += 1\n");
        var (messages, _, code) = await RunSession(program.Path, c => c.WaitForEvent("process"));
        code.Should().Be(0);
        messages.Should().Contain(m => (string?)m["command"] == "disconnect" && m["success"]!.GetValue<bool>());
        messages.Should().NotContain(m => (string?)m["event"] == "exited");
    }

    [Fact]
    public async Task Log_option_writes_every_message_to_the_file()
    {
        using var program = new TempProgram("print('logged')\n");
        var log = Path.Combine(program.Directory, "dap.log");
        var (messages, stderr, _) = await RunSession(program.Path, c => c.WaitForEvent("terminated"), "--log", log);
        stderr.Should().BeEmpty();
        messages.Should().Contain(m => (string?)m["event"] == "terminated");
        var text = File.ReadAllText(log);
        text.Should().Contain("DAP <- in {\"seq\":1,\"type\":\"request\",\"command\":\"initialize\"").And.Contain("\"event\":\"initialized\"").And.Contain("logged\\n").And.Contain("\"command\":\"disconnect\"");
    }

    [Fact]
    public async Task Tcp_server_on_loopback_serves_a_session_per_connection()
    {
        using var p = AdapterProcess.Start("dap", "--port", "0");
        try
        {
            var line = await p.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            line.Should().StartWith("pydbg dap: listening on 127.0.0.1:");
            var port = int.Parse(line!["pydbg dap: listening on 127.0.0.1:".Length..]);
            for (var round = 0; round < 2; round++)
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(System.Net.IPAddress.Loopback, port);
                var stream = tcp.GetStream();
                var client = new DapTestClient(stream, stream);
                var init = client.Request("initialize", JsonNode.Parse("{\"adapterID\":\"pydbg\"}"));
                init["success"]!.GetValue<bool>().Should().BeTrue();
                init["seq"]!.GetValue<int>().Should().Be(1, "every connection is a fresh session");
                client.WaitForEvent("initialized");
                client.Request("disconnect")["success"]!.GetValue<bool>().Should().BeTrue();
            }
        }
        finally
        {
            p.Kill(true);
            p.WaitForExit(10_000);
        }
    }
}

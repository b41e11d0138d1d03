using System.Text;
using System.Text.Json;
using PyDbg.DebugAdapter.Protocol;
using PyDbg.DebugAdapter.Transport;

namespace PyDbg.DebugAdapter.Tests.Framing;

public class MessageWriterTests
{
    private static List<JsonDocument> ReadAll(byte[] bytes)
    {
        var reader = new MessageReader(new MemoryStream(bytes));
        var list = new List<JsonDocument>();
        while (reader.ReadMessage() is { } m) list.Add(JsonDocument.Parse(m));
        reader.SkippedMessages.Should().Be(0);
        return list;
    }

    [Fact]
    public void Numbers_messages_from_one_and_writes_schema_field_names()
    {
        var output = new MemoryStream();
        var writer = new MessageWriter(output);
        writer.Send(new Response { RequestSeq = 7, Command = "launch", Success = false, Message = "no" });
        writer.SendEvent(EventNames.Exited, new ExitedEventBody { ExitCode = 3 }, DapJsonContext.Default.ExitedEventBody);
        var text = Encoding.UTF8.GetString(output.ToArray());
        text.Should().StartWith("Content-Length: ");
        var messages = ReadAll(output.ToArray());
        messages.Should().HaveCount(2);
        var response = messages[0].RootElement;
        response.GetProperty("seq").GetInt32().Should().Be(1);
        response.GetProperty("type").GetString().Should().Be("response");
        response.GetProperty("request_seq").GetInt32().Should().Be(7);
        response.GetProperty("success").GetBoolean().Should().BeFalse();
        response.GetProperty("command").GetString().Should().Be("launch");
        response.GetProperty("message").GetString().Should().Be("no");
        response.TryGetProperty("body", out _).Should().BeFalse("nulls are omitted");
        var evt = messages[1].RootElement;
        evt.GetProperty("seq").GetInt32().Should().Be(2);
        evt.GetProperty("event").GetString().Should().Be("exited");
        evt.GetProperty("body").GetProperty("exitCode").GetInt32().Should().Be(3);
    }

    [Fact]
    public void Concurrent_senders_produce_whole_messages_with_increasing_seq()
    {
        var output = new MemoryStream();
        var writer = new MessageWriter(output);
        const int threads = 4, each = 200;
        var workers = new System.Threading.Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            var id = t;
            workers[t] = new System.Threading.Thread(() =>
            {
                for (var i = 0; i < each; i++)
                    writer.SendEvent(EventNames.Output, new OutputEventBody { Category = "stdout", Output = $"thread {id} line {i}\n" }, DapJsonContext.Default.OutputEventBody);
            });
        }
        foreach (var w in workers) w.Start();
        foreach (var w in workers) w.Join();
        var messages = ReadAll(output.ToArray());
        messages.Should().HaveCount(threads * each);
        for (var i = 0; i < messages.Count; i++)
            messages[i].RootElement.GetProperty("seq").GetInt32().Should().Be(i + 1);
    }

    [Fact]
    public void Capabilities_serialise_with_exact_schema_names()
    {
        var json = JsonSerializer.Serialize(new Capabilities { SupportsConfigurationDoneRequest = true, SupportTerminateDebuggee = true, SupportsANSIStyling = true }, DapJsonContext.Default.Capabilities);
        json.Should().Be("{\"supportsConfigurationDoneRequest\":true,\"supportTerminateDebuggee\":true,\"supportsANSIStyling\":true}");
    }

    [Fact]
    public void Required_arguments_are_enforced_when_deserialising()
    {
        var act = () => JsonSerializer.Deserialize("{\"breakpoints\":[]}", DapJsonContext.Default.SetBreakpointsArguments);
        act.Should().Throw<JsonException>().WithMessage("*source*");
        var ok = JsonSerializer.Deserialize("{\"source\":{\"path\":\"/a.py\"},\"breakpoints\":[{\"line\":3}]}", DapJsonContext.Default.SetBreakpointsArguments)!;
        ok.Source.Path.Should().Be("/a.py");
        ok.Breakpoints![0].Line.Should().Be(3);
    }

    [Fact]
    public void A_required_nullable_field_is_written_as_null()
    {
        var json = JsonSerializer.Serialize(new DataBreakpointInfoResponseBody { DataId = null, Description = "none" }, DapJsonContext.Default.DataBreakpointInfoResponseBody);
        json.Should().Be("{\"dataId\":null,\"description\":\"none\"}");
    }
}

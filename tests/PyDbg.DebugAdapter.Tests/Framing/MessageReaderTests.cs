using System.Text;
using PyDbg.DebugAdapter.Tests.Support;
using PyDbg.DebugAdapter.Transport;

namespace PyDbg.DebugAdapter.Tests.Framing;

public class MessageReaderTests
{
    private static string Read(MessageReader reader) => reader.ReadMessage() is { } bytes ? Encoding.UTF8.GetString(bytes) : "<end>";

    private static MessageReader Over(string text, int max = MessageReader.DefaultMaxContentLength)
        => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxContentLength: max);

    private static string Frame(string json) => $"Content-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}";

    [Fact]
    public void Reads_several_messages_from_one_buffer()
    {
        var reader = Over(Frame("{\"a\":1}") + Frame("{\"b\":2}") + Frame("{\"c\":\"é\"}"));
        Read(reader).Should().Be("{\"a\":1}");
        Read(reader).Should().Be("{\"b\":2}");
        Read(reader).Should().Be("{\"c\":\"é\"}");
        Read(reader).Should().Be("<end>");
        reader.SkippedMessages.Should().Be(0);
    }

    [Fact]
    public void Reads_headers_and_bodies_split_across_reads()
    {
        var pipe = new BlockingPipe();
        var reader = new MessageReader(pipe);
        var text = Frame("{\"command\":\"x\"}") + Frame("{\"command\":\"y\"}");
        var writer = new Thread(() =>
        {
            // One byte per write: every header line and body is split.
            foreach (var b in Encoding.UTF8.GetBytes(text)) { pipe.Write([b], 0, 1); }
            pipe.Complete();
        });
        writer.Start();
        Read(reader).Should().Be("{\"command\":\"x\"}");
        Read(reader).Should().Be("{\"command\":\"y\"}");
        Read(reader).Should().Be("<end>");
        writer.Join();
    }

    [Fact]
    public void Ignores_other_headers_and_accepts_lowercase_name_and_bare_newlines()
    {
        var reader = Over("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 2\r\n\r\n{}" + "Content-Length: 3\n\n[1]");
        Read(reader).Should().Be("{}");
        Read(reader).Should().Be("[1]");
        Read(reader).Should().Be("<end>");
    }

    [Fact]
    public void Skips_a_malformed_header_and_reads_the_next_message()
    {
        var reader = Over("this is not a header\r\n\r\n{\"junk\":1}" + Frame("{\"ok\":1}"));
        Read(reader).Should().Be("{\"ok\":1}");
        Read(reader).Should().Be("<end>");
        reader.SkippedMessages.Should().Be(1);
    }

    [Theory]
    [InlineData("Content-Length: -5")]
    [InlineData("Content-Length: twelve")]
    [InlineData("Content-Length:")]
    [InlineData("X-Other: 1")]
    public void Skips_a_block_with_a_missing_or_invalid_length(string header)
    {
        var reader = Over(header + "\r\n\r\n{\"junk\":1}" + Frame("{\"ok\":2}"));
        Read(reader).Should().Be("{\"ok\":2}");
        reader.SkippedMessages.Should().Be(1);
    }

    [Fact]
    public void Skips_a_huge_length_without_allocating_it()
    {
        var reader = Over("Content-Length: 99999999999999\r\n\r\n{\"junk\":1}" + Frame("{\"ok\":3}"), max: 1024);
        Read(reader).Should().Be("{\"ok\":3}");
        reader.SkippedMessages.Should().Be(1);
    }

    [Fact]
    public void A_length_above_the_limit_is_skipped()
    {
        var big = "{\"x\":\"" + new string('a', 2000) + "\"}";
        var reader = Over(Frame(big) + Frame("{\"ok\":4}"), max: 1024);
        Read(reader).Should().Be("{\"ok\":4}");
        reader.SkippedMessages.Should().Be(1);
    }

    [Fact]
    public void An_overlong_header_line_is_skipped()
    {
        var reader = Over(new string('x', MessageReader.MaxHeaderLineBytes * 3) + "\r\n\r\n" + Frame("{\"ok\":5}"));
        Read(reader).Should().Be("{\"ok\":5}");
        reader.SkippedMessages.Should().Be(1);
    }

    [Fact]
    public void A_malformed_extra_line_next_to_a_valid_length_does_not_lose_the_message()
    {
        var reader = Over("Content-Length: 7\r\nbogus line\r\n\r\n{\"a\":1}" + Frame("{\"b\":2}"));
        Read(reader).Should().Be("{\"a\":1}");
        Read(reader).Should().Be("{\"b\":2}");
        reader.SkippedMessages.Should().Be(0);
    }

    [Fact]
    public void Invalid_json_bodies_are_returned_whole_for_the_session_to_reject()
    {
        // Framing does not parse JSON: a well-framed invalid body is one message.
        var reader = Over(Frame("{not json") + Frame("{}"));
        Read(reader).Should().Be("{not json");
        Read(reader).Should().Be("{}");
    }

    [Fact]
    public void A_stream_ending_inside_a_body_ends_reading()
    {
        var reader = Over("Content-Length: 10\r\n\r\n{\"a\"");
        Read(reader).Should().Be("<end>");
    }

    [Fact]
    public void Stray_blank_lines_between_messages_are_tolerated()
    {
        var reader = Over("\r\n\r\n" + Frame("{\"a\":1}") + "\r\n" + Frame("{\"b\":1}"));
        Read(reader).Should().Be("{\"a\":1}");
        Read(reader).Should().Be("{\"b\":1}");
        reader.SkippedMessages.Should().Be(0);
    }
}

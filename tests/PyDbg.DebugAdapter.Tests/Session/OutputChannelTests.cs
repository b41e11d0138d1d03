using PyDbg.DebugAdapter.Session;

namespace PyDbg.DebugAdapter.Tests.Session;

public class OutputChannelTests
{
    private sealed class Recorder
    {
        public readonly List<string> Batches = new();
        public void Emit(bool isError, string text) { lock (Batches) Batches.Add((isError ? "err:" : "out:") + text); }
        public string[] Snapshot() { lock (Batches) return Batches.ToArray(); }
    }

    [Fact]
    public void Emits_complete_lines_per_write_and_keeps_the_partial_tail()
    {
        var r = new Recorder();
        using var channel = new OutputChannel(r.Emit, Timeout.Infinite);
        channel.Stdout.Write("a\nb");
        r.Snapshot().Should().Equal("out:a\n");
        channel.Stdout.Write("c\n");
        r.Snapshot().Should().Equal("out:a\n", "out:bc\n");
    }

    [Fact]
    public void Writing_the_other_stream_flushes_first_so_order_is_kept()
    {
        var r = new Recorder();
        using var channel = new OutputChannel(r.Emit, Timeout.Infinite);
        channel.Stdout.Write("x");
        channel.Stderr.Write("boom\n");
        channel.Stdout.Write("y\n");
        r.Snapshot().Should().Equal("out:x", "err:boom\n", "out:y\n");
    }

    [Fact]
    public void A_partial_line_is_emitted_shortly_without_a_flush()
    {
        var r = new Recorder();
        using var channel = new OutputChannel(r.Emit);
        channel.Stdout.Write("prompt> ");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (r.Snapshot().Length == 0 && DateTime.UtcNow < deadline) Thread.Sleep(10);
        r.Snapshot().Should().Equal("out:prompt> ");
    }

    [Fact]
    public void Flush_emits_everything_and_close_drops_later_output()
    {
        var r = new Recorder();
        var channel = new OutputChannel(r.Emit);
        channel.Stdout.Write('z');
        channel.Stdout.Flush();
        r.Snapshot().Should().Equal("out:z");
        channel.Close();
        channel.Stdout.Write("ignored\n");
        channel.Dispose();
        r.Snapshot().Should().Equal("out:z");
    }

    [Fact]
    public void A_failing_sink_never_throws_into_the_program()
    {
        using var channel = new OutputChannel((_, _) => throw new IOException("client gone"));
        var act = () => channel.Stdout.Write("line\n");
        act.Should().NotThrow();
    }
}

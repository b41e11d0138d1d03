using System.Text;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// Turns the program's stdout and stderr into output batches: text is buffered and handed on at
/// each newline (everything up to the last newline of a write), on Flush, when the other stream
/// is written (so stdout/stderr keep their order), and shortly after a partial line (print(...,
/// end="")) so nothing lingers. Thread-safe; the two <see cref="TextWriter"/>s it hands out are
/// what the program gets as sys.stdout and sys.stderr. Never throws into the program.
/// </summary>
public sealed class OutputChannel : IDisposable
{
    /// <summary>How long a partial line waits for its newline before it is sent anyway.</summary>
    public const int DefaultPartialLineDelayMs = 50;

    private readonly int _partialLineDelayMs;

    private readonly Action<bool, string> _emit;
    private readonly object _lock = new();
    private readonly StringBuilder _pending = new();
    private readonly Timer _timer;
    private bool _pendingIsError;
    private bool _closed;

    /// <param name="emit">Receives (isError, text); called under the channel's lock, in order.</param>
    /// <param name="partialLineDelayMs">Delay before a partial line is sent (Timeout.Infinite: only on flush).</param>
    public OutputChannel(Action<bool, string> emit, int partialLineDelayMs = DefaultPartialLineDelayMs)
    {
        _emit = emit;
        _partialLineDelayMs = partialLineDelayMs;
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
        Stdout = new ChannelWriter(this, false);
        Stderr = new ChannelWriter(this, true);
    }

    public TextWriter Stdout { get; }
    public TextWriter Stderr { get; }

    /// <summary>After Close nothing more is emitted (the session stopped listening).</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
            _pending.Clear();
        }
    }

    public void Flush()
    {
        lock (_lock) EmitPending();
    }

    private void Write(bool isError, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        lock (_lock)
        {
            if (_closed) return;
            if (_pending.Length > 0 && _pendingIsError != isError) EmitPending();
            _pendingIsError = isError;
            var lastNewline = text.LastIndexOf('\n');
            if (lastNewline >= 0)
            {
                _pending.Append(text[..(lastNewline + 1)]);
                EmitPending();
                text = text[(lastNewline + 1)..];
            }
            if (!text.IsEmpty)
            {
                _pending.Append(text);
                if (_partialLineDelayMs != Timeout.Infinite) _timer.Change(_partialLineDelayMs, Timeout.Infinite);
            }
        }
    }

    private void EmitPending()
    {
        if (_pending.Length == 0 || _closed) { _pending.Clear(); return; }
        var text = _pending.ToString();
        _pending.Clear();
        try
        {
            _emit(_pendingIsError, text);
        }
        catch (Exception)
        {
            // The session decides what a failed send means; the program must never see it.
        }
    }

    public void Dispose()
    {
        Flush();
        _timer.Dispose();
    }

    private sealed class ChannelWriter(OutputChannel channel, bool isError) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
        [System.Diagnostics.CodeAnalysis.AllowNull] public override string NewLine { get => "\n"; set { } }
        public override void Write(char value) => channel.Write(isError, new ReadOnlySpan<char>(in value));
        public override void Write(string? value) => channel.Write(isError, value);
        public override void Write(char[] buffer, int index, int count) => channel.Write(isError, buffer.AsSpan(index, count));
        public override void Write(ReadOnlySpan<char> buffer) => channel.Write(isError, buffer);
        public override void WriteLine(string? value)
        {
            channel.Write(isError, value);
            channel.Write(isError, "\n");
        }
        public override void Flush() => channel.Flush();
    }
}

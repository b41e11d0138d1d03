namespace PyDbg.DebugAdapter.Tests.Support;

/// <summary>A one-way in-memory pipe: Write appends, Read blocks until data arrives or the writer
/// completes (then returns 0: end of stream). Lets a test talk to a DebugSession like a client.</summary>
public sealed class BlockingPipe : Stream
{
    private readonly object _lock = new();
    private readonly Queue<byte[]> _chunks = new();
    private byte[]? _current;
    private int _offset;
    private bool _completed;

    public void Complete()
    {
        lock (_lock)
        {
            _completed = true;
            Monitor.PulseAll(_lock);
        }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        lock (_lock)
        {
            while (_current is null)
            {
                if (_chunks.Count > 0) { _current = _chunks.Dequeue(); _offset = 0; break; }
                if (_completed) return 0;
                Monitor.Wait(_lock);
            }
            var n = Math.Min(count, _current.Length - _offset);
            Buffer.BlockCopy(_current, _offset, buffer, offset, n);
            _offset += n;
            if (_offset == _current.Length) _current = null;
            return n;
        }
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (count == 0) return;
        var chunk = new byte[count];
        Buffer.BlockCopy(buffer, offset, chunk, 0, count);
        lock (_lock)
        {
            if (_completed) throw new IOException("The pipe is closed.");
            _chunks.Enqueue(chunk);
            Monitor.PulseAll(_lock);
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

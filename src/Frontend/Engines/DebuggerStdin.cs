using PyDbg.Vm.Debugging;

namespace PyDbg.Frontend.Engines;

/// <summary>
/// The stdin of a debugged program: reads the given reader, and while a read blocks (input(),
/// sys.stdin.readline() waiting for a line) polls the debugger, so that Pause stops the program
/// (reason pause, in the frame that called input()) and Terminate ends it even though the read has
/// not returned. In-memory readers (StringReader, TextReader.Null) never block and are read directly.
/// </summary>
public sealed class DebuggerStdin : TextReader
{
    /// <summary>How often a blocked read checks for pause/terminate.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    private readonly TextReader _inner;
    private readonly Debugger _debugger;
    private readonly bool _direct;
    private readonly char[] _chunk = new char[4096];
    private string _buffer = "";
    private int _pos;
    private bool _eof;
    private Task<int>? _pending;

    public DebuggerStdin(TextReader inner, Debugger debugger)
    {
        _inner = inner;
        _debugger = debugger;
        _direct = inner is StringReader || ReferenceEquals(inner, TextReader.Null);
    }

    /// <summary>True when a character is buffered; false at end of input. Blocks interruptibly.</summary>
    private bool Fill()
    {
        if (_pos < _buffer.Length) return true;
        if (_eof) return false;
        int n;
        if (_direct) n = _inner.Read(_chunk, 0, _chunk.Length);
        else
        {
            var task = _pending ??= Task.Factory.StartNew(() => _inner.Read(_chunk, 0, _chunk.Length),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            while (!task.Wait(PollInterval)) _debugger.CheckInterrupt();
            _pending = null;
            n = task.GetAwaiter().GetResult();
        }
        // A pause requested during the read stops right after it returns at the latest.
        _debugger.CheckInterrupt();
        if (n <= 0)
        {
            _eof = true;
            return false;
        }
        _buffer = new string(_chunk, 0, n);
        _pos = 0;
        return true;
    }

    public override int Peek() => Fill() ? _buffer[_pos] : -1;

    public override int Read() => Fill() ? _buffer[_pos++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        if (count == 0 || !Fill()) return 0;
        var n = Math.Min(count, _buffer.Length - _pos);
        _buffer.CopyTo(_pos, buffer, index, n);
        _pos += n;
        return n;
    }

    public override string? ReadLine()
    {
        var sb = new System.Text.StringBuilder();
        while (true)
        {
            var c = Read();
            if (c < 0) return sb.Length == 0 ? null : sb.ToString();
            if (c == '\n') return sb.ToString();
            if (c == '\r')
            {
                if (Peek() == '\n') Read();
                return sb.ToString();
            }
            sb.Append((char)c);
        }
    }

    public override string ReadToEnd()
    {
        var sb = new System.Text.StringBuilder();
        while (Fill())
        {
            sb.Append(_buffer, _pos, _buffer.Length - _pos);
            _pos = _buffer.Length;
        }
        return sb.ToString();
    }
}

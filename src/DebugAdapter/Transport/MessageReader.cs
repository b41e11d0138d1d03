using System.Text;
using Serilog;

namespace PyDbg.DebugAdapter.Transport;

/// <summary>
/// Reads the DAP base protocol: header lines ("Content-Length: N", CRLF-terminated, other headers
/// ignored), an empty line, then N bytes of UTF-8 JSON. Robust against a broken peer: a malformed
/// header block, a missing, negative or unparsable Content-Length, or one above
/// <see cref="MaxContentLength"/> is logged and skipped (the reader re-synchronises on the next
/// "Content-Length" header), so one bad message never ends the session. Not thread-safe: one
/// reader thread per session.
/// </summary>
public sealed class MessageReader
{
    /// <summary>Default cap on one message's body: far above any real DAP message.</summary>
    public const int DefaultMaxContentLength = 64 * 1024 * 1024;
    /// <summary>Longest header line accepted; a longer one is malformed.</summary>
    public const int MaxHeaderLineBytes = 8 * 1024;

    private static readonly byte[] ContentLengthName = "Content-Length"u8.ToArray();

    private readonly Stream _input;
    private readonly ILogger _log;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    public MessageReader(Stream input, ILogger? log = null, int maxContentLength = DefaultMaxContentLength)
    {
        _input = input;
        _log = log ?? Serilog.Core.Logger.None;
        MaxContentLength = maxContentLength;
    }

    public int MaxContentLength { get; }

    /// <summary>Number of framing errors skipped so far (tests and the log use it).</summary>
    public int SkippedMessages { get; private set; }

    /// <summary>The next message body (raw UTF-8 JSON bytes), or null at the end of the stream.</summary>
    public byte[]? ReadMessage()
    {
        while (true)
        {
            var length = ReadHeaderBlock(out var atEnd);
            if (atEnd) return null;
            if (length < 0) continue; // malformed header block: already logged
            var body = new byte[length];
            if (!ReadExactly(body))
            {
                _log.Warning("DAP framing: stream ended inside a {Length}-byte message body", length);
                return null;
            }
            return body;
        }
    }

    /// <summary>Reads one header block; returns the Content-Length, or -1 when the block was malformed.</summary>
    private int ReadHeaderBlock(out bool atEnd)
    {
        atEnd = false;
        int? length = null;
        string? problem = null;
        string? malformed = null;
        var sawLine = false;
        while (true)
        {
            var line = ReadLine(out var tooLong);
            if (line is null)
            {
                if (sawLine) _log.Warning("DAP framing: stream ended inside a header block");
                atEnd = true;
                return -1;
            }
            if (tooLong)
            {
                problem ??= "header line too long";
                sawLine = true;
                continue;
            }
            if (line.Length == 0)
            {
                if (!sawLine) continue; // stray blank line between messages
                break;
            }
            sawLine = true;
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                // Only fatal when no valid Content-Length comes with it (checked after the block).
                malformed ??= $"malformed header line '{Truncate(line)}'";
                continue;
            }
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue; // e.g. Content-Type
            if (!long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n))
                problem ??= $"invalid Content-Length '{Truncate(value)}'";
            else if (n < 0)
                problem ??= $"negative Content-Length {n}";
            else if (n > MaxContentLength)
                problem ??= $"Content-Length {n} exceeds the limit of {MaxContentLength} bytes";
            else
                length = (int)n;
        }
        if (problem is null && length is null) problem = malformed ?? "missing Content-Length header";
        else if (problem is null && malformed is not null)
            _log.Warning("DAP framing: {Problem} ignored (the message has a valid Content-Length)", malformed);
        if (problem is not null)
        {
            SkippedMessages++;
            _log.Warning("DAP framing: {Problem}; skipping to the next message", problem);
            // The body (if any) cannot be trusted: drop input up to the next Content-Length header.
            Resynchronise();
            return -1;
        }
        return length!.Value;
    }

    /// <summary>Discards bytes until the buffer starts with "Content-Length" (or the stream ends).</summary>
    private void Resynchronise()
    {
        while (true)
        {
            if (!Fill(ContentLengthName.Length)) { _start = _end; return; }
            var span = _buffer.AsSpan(_start, _end - _start);
            var at = span.IndexOf(ContentLengthName);
            if (at >= 0) { _start += at; return; }
            // Keep the tail that may be the beginning of the name.
            _start = _end - (ContentLengthName.Length - 1);
            Compact();
            if (!FillMore()) { _start = _end; return; }
        }
    }

    /// <summary>One header line without its CR LF (a lone LF is accepted); null at end of stream.</summary>
    private string? ReadLine(out bool tooLong)
    {
        tooLong = false;
        var scanned = 0;
        while (true)
        {
            var span = _buffer.AsSpan(_start + scanned, _end - _start - scanned);
            var nl = span.IndexOf((byte)'\n');
            if (nl >= 0)
            {
                var lineEnd = _start + scanned + nl;
                var contentEnd = lineEnd > _start && _buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                var line = tooLong ? "" : Encoding.ASCII.GetString(_buffer, _start, contentEnd - _start);
                _start = lineEnd + 1;
                return line;
            }
            scanned = _end - _start;
            if (scanned >= MaxHeaderLineBytes)
            {
                // Drop what we have of the over-long line and keep looking for its end.
                tooLong = true;
                _start = _end;
                scanned = 0;
            }
            Compact();
            if (!FillMore())
            {
                if (_end > _start && !tooLong)
                {
                    _log.Warning("DAP framing: stream ended inside a header line");
                }
                _start = _end;
                return null;
            }
        }
    }

    private bool ReadExactly(byte[] target)
    {
        var copied = Math.Min(target.Length, _end - _start);
        Buffer.BlockCopy(_buffer, _start, target, 0, copied);
        _start += copied;
        while (copied < target.Length)
        {
            var n = _input.Read(target, copied, target.Length - copied);
            if (n <= 0) { _eof = true; return false; }
            copied += n;
        }
        return true;
    }

    private bool Fill(int atLeast)
    {
        while (_end - _start < atLeast)
        {
            Compact();
            if (!FillMore()) return false;
        }
        return true;
    }

    private void Compact()
    {
        if (_start == 0) return;
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
        _end -= _start;
        _start = 0;
    }

    private bool FillMore()
    {
        if (_eof || _end == _buffer.Length) return false;
        int n;
        try
        {
            n = _input.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (IOException e)
        {
            _log.Warning("DAP transport: read failed: {Error}", e.Message);
            n = 0;
        }
        catch (ObjectDisposedException)
        {
            n = 0;
        }
        if (n <= 0) { _eof = true; return false; }
        _end += n;
        return true;
    }

    private static string Truncate(string s) => s.Length <= 80 ? s : s[..80] + "...";
}

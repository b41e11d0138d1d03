using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PyDbg.DebugAdapter.Protocol;
using PyDbg.DebugAdapter.Logging;
using Serilog;

namespace PyDbg.DebugAdapter.Transport;

/// <summary>
/// Writes DAP messages with their Content-Length header. Thread-safe: the session thread and the
/// program thread (output events) send concurrently; each message is numbered (seq 1, 2, ...)
/// and written whole under one lock, so numbers increase in the order messages hit the stream.
/// A write failure (the client went away) is logged once and later messages are dropped.
/// </summary>
public sealed class MessageWriter
{
    private readonly Stream _output;
    private readonly ILogger _log;
    private readonly object _lock = new();
    private int _seq;
    private bool _broken;

    public MessageWriter(Stream output, ILogger? log = null)
    {
        _output = output;
        _log = log ?? Serilog.Core.Logger.None;
    }

    /// <summary>True once a write failed: the client is gone.</summary>
    public bool IsBroken { get { lock (_lock) return _broken; } }

    public void Send(Response response) => Write(response, DapJsonContext.Default.Response, r => r.Seq = ++_seq);

    public void Send(Event evt) => Write(evt, DapJsonContext.Default.Event, e => e.Seq = ++_seq);

    /// <summary>Sends an event with a typed body.</summary>
    public void SendEvent<TBody>(string name, TBody? body, JsonTypeInfo<TBody> bodyType) where TBody : class
        => Send(new Event { EventName = name, Body = body is null ? null : JsonSerializer.SerializeToElement(body, bodyType) });

    private void Write<T>(T message, JsonTypeInfo<T> type, Action<T> number)
    {
        lock (_lock)
        {
            if (_broken) return;
            number(message);
            var json = JsonSerializer.SerializeToUtf8Bytes(message, type);
            var header = Encoding.ASCII.GetBytes($"Content-Length: {json.Length}\r\n\r\n");
            try
            {
                _output.Write(header, 0, header.Length);
                _output.Write(json, 0, json.Length);
                _output.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
            {
                _broken = true;
                _log.Warning("DAP transport: write failed, the client is gone: {Error}", e.Message);
                return;
            }
            MessageLog.Outgoing(_log, json);
        }
    }
}

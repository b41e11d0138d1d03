using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Transport;

namespace PyDbg.DebugAdapter.Tests.Support;

/// <summary>
/// A minimal DAP client for tests: frames requests onto the adapter's input, reads every message
/// the adapter writes (checking the framing) on a background thread, and waits for responses and
/// events. <see cref="Messages"/> keeps everything received, in order.
/// </summary>
public sealed class DapTestClient : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Stream _toAdapter;
    private readonly BlockingCollection<JsonObject> _incoming = new();
    private readonly List<JsonObject> _messages = new();
    private readonly List<JsonObject> _unclaimed = new();
    private readonly Thread _readerThread;
    private int _seq;

    public DapTestClient(Stream toAdapter, Stream fromAdapter)
    {
        _toAdapter = toAdapter;
        _readerThread = new Thread(() =>
        {
            var reader = new MessageReader(fromAdapter);
            while (reader.ReadMessage() is { } payload)
            {
                var node = JsonNode.Parse(payload)!.AsObject();
                lock (_messages) _messages.Add(node);
                _incoming.Add(node);
            }
            FramingErrors = reader.SkippedMessages;
            _incoming.CompleteAdding();
        }) { IsBackground = true, Name = "dap-test-client" };
        _readerThread.Start();
    }

    /// <summary>Framing errors seen in the adapter's output (must stay 0).</summary>
    public int FramingErrors { get; private set; }

    public IReadOnlyList<JsonObject> Messages { get { lock (_messages) return _messages.ToArray(); } }

    public void SendRaw(byte[] bytes)
    {
        _toAdapter.Write(bytes, 0, bytes.Length);
        _toAdapter.Flush();
    }

    public void SendRaw(string text) => SendRaw(Encoding.UTF8.GetBytes(text));

    public static byte[] Frame(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];
    }

    /// <summary>Sends a request and returns its seq.</summary>
    public int Send(string command, object? arguments = null)
    {
        var seq = ++_seq;
        var message = new JsonObject { ["seq"] = seq, ["type"] = "request", ["command"] = command };
        if (arguments is not null) message["arguments"] = ToNode(arguments);
        SendRaw(Frame(message.ToJsonString()));
        return seq;
    }

    /// <summary>Sends a request and waits for its response.</summary>
    public JsonObject Request(string command, object? arguments = null) => WaitForResponse(Send(command, arguments));

    public JsonObject WaitForResponse(int requestSeq)
        => WaitFor(m => (string?)m["type"] == "response" && (int?)m["request_seq"] == requestSeq, $"the response to request {requestSeq}");

    public JsonObject WaitForEvent(string name)
        => WaitFor(m => (string?)m["type"] == "event" && (string?)m["event"] == name, $"the '{name}' event");

    private JsonObject WaitFor(Func<JsonObject, bool> match, string what)
    {
        lock (_unclaimed)
        {
            for (var i = 0; i < _unclaimed.Count; i++)
                if (match(_unclaimed[i])) { var m = _unclaimed[i]; _unclaimed.RemoveAt(i); return m; }
        }
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !_incoming.TryTake(out var message, left))
                throw new TimeoutException($"Timed out (or the adapter closed its output) waiting for {what}; received: {Describe()}");
            if (match(message)) return message;
            lock (_unclaimed) _unclaimed.Add(message);
        }
    }

    /// <summary>Everything the program printed, per category, from the output events received so far.</summary>
    public string Output(string category)
    {
        var sb = new StringBuilder();
        foreach (var m in Messages)
            if ((string?)m["event"] == "output" && (string?)m["body"]?["category"] == category)
                sb.Append((string?)m["body"]!["output"]);
        return sb.ToString();
    }

    public void WaitForEnd() => _readerThread.Join(Timeout);

    private string Describe()
    {
        var sb = new StringBuilder();
        foreach (var m in Messages) sb.Append(m.ToJsonString()).Append('\n');
        return sb.ToString();
    }

    private static JsonNode? ToNode(object value) => value switch
    {
        JsonNode node => node,
        string s => JsonNode.Parse(s),
        _ => throw new ArgumentException("arguments must be a JsonNode or JSON text"),
    };

    public void Dispose() { }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PyDbg.DebugAdapter.Logging;
using PyDbg.DebugAdapter.Protocol;
using PyDbg.DebugAdapter.Transport;
using Serilog;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// One DAP session over a pair of streams: reads requests, dispatches each to one method
/// (DebugSession.Requests.cs), answers it, and sends the events the runtime reports. Any failure
/// of a request becomes an error response (success=false, a clear message); framing errors and
/// invalid JSON are logged and skipped; the session ends on `disconnect` or end of input.
/// </summary>
public sealed partial class DebugSession
{
    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly ILogger _log;
    private readonly Func<IDebugRuntime> _runtimeFactory;
    private readonly List<Action> _afterResponse = new();
    private volatile bool _ended;

    public DebugSession(Stream input, Stream output, ILogger? log = null, Func<IDebugRuntime>? runtimeFactory = null)
    {
        _log = log ?? Serilog.Core.Logger.None;
        _reader = new MessageReader(input, _log);
        _writer = new MessageWriter(output, _log);
        _runtimeFactory = runtimeFactory ?? (() => new VmDebugRuntime());
    }

    /// <summary>True once the session has ended (disconnect or end of input).</summary>
    public bool HasEnded => _ended;

    /// <summary>Serves requests until `disconnect` or the end of the input stream.</summary>
    public void Run()
    {
        _log.Information("DAP session started");
        try
        {
            while (!_ended)
            {
                var payload = _reader.ReadMessage();
                if (payload is null) break;
                MessageLog.Incoming(_log, payload);
                HandlePayload(payload);
                if (_writer.IsBroken) break;
            }
        }
        finally
        {
            _ended = true;
            StopProgram();
            _log.Information("DAP session ended");
        }
    }

    private void HandlePayload(byte[] payload)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload);
        }
        catch (JsonException e)
        {
            _log.Warning("DAP: invalid JSON skipped: {Error}", e.Message);
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                _log.Warning("DAP: a message must be a JSON object; skipped");
                return;
            }
            var hasSeq = root.TryGetProperty("seq", out var seqElement) && seqElement.ValueKind == JsonValueKind.Number && seqElement.TryGetInt32(out _);
            var hasCommand = root.TryGetProperty("command", out var commandElement) && commandElement.ValueKind == JsonValueKind.String;
            var type = root.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
            if (type == ProtocolMessage.TypeValues.Request && hasSeq && hasCommand)
            {
                var request = new Request
                {
                    Seq = seqElement.GetInt32(),
                    Command = commandElement.GetString()!,
                    Arguments = root.TryGetProperty("arguments", out var args) && args.ValueKind != JsonValueKind.Null ? args.Clone() : null,
                };
                Serve(request);
                return;
            }
            if (type is ProtocolMessage.TypeValues.Response or ProtocolMessage.TypeValues.Event)
            {
                // The adapter sends no reverse requests, so a response or event from the client has nobody to receive it.
                _log.Warning("DAP: unexpected {Type} from the client skipped", type);
                return;
            }
            if (hasSeq && hasCommand)
            {
                SendError(seqElement.GetInt32(), commandElement.GetString()!,
                    new DapRequestException(type is null ? "Invalid message: 'type' is missing (expected \"request\")." : $"Invalid message type '{type}' (expected \"request\").", DapRequestException.BadArguments));
                return;
            }
            _log.Warning("DAP: a message that is not a request (no seq, command or type) skipped");
        }
    }

    private void Serve(Request request)
    {
        _afterResponse.Clear();
        JsonElement? body;
        try
        {
            body = Dispatch(request);
        }
        catch (DapRequestException e)
        {
            _afterResponse.Clear();
            SendError(request.Seq, request.Command, e);
            return;
        }
        catch (Exception e)
        {
            // A defect of the adapter: answer, log, and keep serving.
            _afterResponse.Clear();
            _log.Error(e, "DAP: request {Command} failed", request.Command);
            SendError(request.Seq, request.Command, new DapRequestException($"Internal error of the PyDbg adapter while serving '{request.Command}'."));
            return;
        }
        if (IsBreakpointRequest(request.Command)) _breakpointHistory.Add(request);
        _writer.Send(new Response { RequestSeq = request.Seq, Command = request.Command, Success = true, Body = body });
        foreach (var action in _afterResponse.ToArray())
        {
            try { action(); }
            catch (Exception e) { _log.Error(e, "DAP: follow-up of {Command} failed", request.Command); }
        }
        _afterResponse.Clear();
    }

    private void SendError(int requestSeq, string command, DapRequestException e)
    {
        var body = new ErrorResponseBody { Error = new Message { Id = e.Id, Format = e.Message, ShowUser = true } };
        _writer.Send(new Response
        {
            RequestSeq = requestSeq,
            Command = command,
            Success = false,
            Message = e.Message,
            Body = JsonSerializer.SerializeToElement(body, DapJsonContext.Default.ErrorResponseBody),
        });
    }

    /// <summary>Runs after the current request's response has been sent (e.g. the initialized event).</summary>
    private void AfterResponse(Action action) => _afterResponse.Add(action);

    /// <summary>The typed arguments of a request; missing arguments read as {} (so a request whose
    /// arguments have required fields fails with a clear message).</summary>
    private static T Arguments<T>(Request request, JsonTypeInfo<T> type)
    {
        var element = request.Arguments;
        try
        {
            T? value = element is { } e ? e.Deserialize(type) : JsonSerializer.Deserialize("{}"u8, type);
            return value ?? throw new DapRequestException($"Missing arguments for '{request.Command}'.", DapRequestException.BadArguments);
        }
        catch (JsonException e)
        {
            throw new DapRequestException($"Invalid arguments for '{request.Command}': {DescribeJsonError(e)}", DapRequestException.BadArguments);
        }
    }

    /// <summary>Says what is wrong in the client's terms (field names, JSON path), never .NET's text.</summary>
    private static string DescribeJsonError(JsonException e)
    {
        const string missing = "missing required properties including: ";
        var text = e.Message;
        var at = text.IndexOf(missing, StringComparison.Ordinal);
        if (at >= 0)
        {
            var names = text[(at + missing.Length)..];
            var end = names.IndexOf(". ", StringComparison.Ordinal);
            if (end >= 0) names = names[..end];
            return $"missing required field(s) {names.TrimEnd('.')}" + (e.Path is { Length: > 1 } p ? $" (in {p})" : "") + ".";
        }
        if (e.Path is { Length: > 1 } path)
            return $"the value at {path} has the wrong type or is malformed.";
        return "the arguments are not a valid JSON object.";
    }

    private static JsonElement Body<T>(T body, JsonTypeInfo<T> type) => JsonSerializer.SerializeToElement(body, type);

    private void SendEvent<T>(string name, T body, JsonTypeInfo<T> type) where T : class => _writer.SendEvent(name, body, type);

    private void SendEvent(string name) => _writer.Send(new Event { EventName = name });
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace PyDbg.DebugAdapter.Protocol;

/// <summary>
/// Base of every DAP message: a sequence number and the message type ("request", "response", "event").
/// Requests, responses and events are separate classes so the source-generated serializer needs no
/// polymorphism; a body or arguments object travels as a <see cref="JsonElement"/> and is
/// (de)serialised per command through <see cref="DapJsonContext"/>.
/// </summary>
public class ProtocolMessage
{
    public static class TypeValues
    {
        public const string Request = "request";
        public const string Response = "response";
        public const string Event = "event";
    }

    /// <summary>Sequence number of the message (also known as message ID); assigned by the writer.</summary>
    [JsonPropertyName("seq")]
    [JsonPropertyOrder(-2)]
    public int Seq { get; set; }

    /// <summary>Message type: "request", "response" or "event".</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; set; } = "";
}

/// <summary>A client or debug adapter initiated request.</summary>
public sealed class Request : ProtocolMessage
{
    public Request() => Type = TypeValues.Request;

    /// <summary>The command to execute.</summary>
    [JsonPropertyName("command")]
    public string Command { get; set; } = "";

    /// <summary>Object containing arguments for the command.</summary>
    [JsonPropertyName("arguments")]
    public JsonElement? Arguments { get; set; }
}

/// <summary>Response for a request.</summary>
public sealed class Response : ProtocolMessage
{
    public Response() => Type = TypeValues.Response;

    /// <summary>Sequence number of the corresponding request.</summary>
    [JsonPropertyName("request_seq")]
    public int RequestSeq { get; set; }

    /// <summary>Outcome of the request.</summary>
    [JsonPropertyName("success")]
    public bool Success { get; set; }

    /// <summary>The command requested.</summary>
    [JsonPropertyName("command")]
    public string Command { get; set; } = "";

    /// <summary>Contains the raw error in short form if `success` is false.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Known values of <see cref="Message"/>.</summary>
    public static class MessageValues
    {
        public const string Cancelled = "cancelled";
        public const string NotStopped = "notStopped";
    }

    /// <summary>Contains request result if success is true and error details if success is false.</summary>
    [JsonPropertyName("body")]
    public JsonElement? Body { get; set; }
}

/// <summary>A debug adapter initiated event.</summary>
public sealed class Event : ProtocolMessage
{
    public Event() => Type = TypeValues.Event;

    /// <summary>Type of event.</summary>
    [JsonPropertyName("event")]
    public string EventName { get; set; } = "";

    /// <summary>Event-specific information.</summary>
    [JsonPropertyName("body")]
    public JsonElement? Body { get; set; }
}

using System.Text.Json.Serialization;

namespace PyDbg.DebugAdapter.Protocol;

/// <summary>
/// The `launch` arguments PyDbg understands (launching is adapter-specific in the DAP: the schema
/// only defines `noDebug` and `__restart`). Matches the `pydbg` launch configuration.
/// </summary>
public sealed class PyDbgLaunchRequestArguments : LaunchRequestArguments
{
    /// <summary>The Python file to run (absolute, or relative to <see cref="Cwd"/>).</summary>
    [JsonPropertyName("program")]
    public string? Program { get; set; }

    /// <summary>Command-line arguments of the program (sys.argv[1:]).</summary>
    [JsonPropertyName("args")]
    public List<string>? Args { get; set; }

    /// <summary>Working directory of the program; default: the adapter's current directory.</summary>
    [JsonPropertyName("cwd")]
    public string? Cwd { get; set; }

    /// <summary>Stop on the first line of the program (honoured once the debugger exists).</summary>
    [JsonPropertyName("stopOnEntry")]
    public bool? StopOnEntry { get; set; }

    /// <summary>"vm" (default) or "ast" (the tree-walking interpreter; never debuggable).</summary>
    [JsonPropertyName("engine")]
    public string? Engine { get; set; }
}

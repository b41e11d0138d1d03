using System.Text.Json.Nodes;

namespace PyDbg.DebugAdapter.Tests.Support;

/// <summary>
/// A scripted debug session in-process: a program in a temp file, an <see cref="InProcessAdapter"/>,
/// initialize (types and paging on), launch (debug, engine vm) and configurationDone; then helpers
/// for the requests of a stopped program. Every helper that expects success asserts it.
/// </summary>
public sealed class DebugScript : IDisposable
{
    private DebugScript(string source, string launchExtra, bool configurationDone, string initializeExtra, Func<PyDbg.DebugAdapter.Session.IDebugRuntime>? runtimeFactory)
    {
        Program = new TempProgram(source);
        Adapter = new InProcessAdapter(runtimeFactory);
        var init = JsonNode.Parse("""{"clientID":"tests","adapterID":"pydbg","linesStartAt1":true,"columnsStartAt1":true,"pathFormat":"path","supportsVariableType":true,"supportsVariablePaging":true}""")!.AsObject();
        if (initializeExtra.Length > 0)
            foreach (var (k, v) in JsonNode.Parse(initializeExtra)!.AsObject().ToArray()) init[k] = v?.DeepClone();
        Capabilities = Ok("initialize", init);
        Client.WaitForEvent("initialized");
        var launch = new JsonObject { ["program"] = Program.Path };
        if (launchExtra.Length > 0)
            foreach (var (k, v) in JsonNode.Parse(launchExtra)!.AsObject().ToArray()) launch[k] = v?.DeepClone();
        Ok("launch", launch);
        if (configurationDone) Ok("configurationDone");
    }

    /// <summary>Starts a debug session of <paramref name="source"/> (extra launch fields as JSON, e.g. {"stopOnEntry":true}).</summary>
    public static DebugScript Start(string source, string launchExtra = """{"stopOnEntry":true}""", bool configurationDone = true, string initializeExtra = "",
        Func<PyDbg.DebugAdapter.Session.IDebugRuntime>? runtimeFactory = null)
        => new(source, launchExtra, configurationDone, initializeExtra, runtimeFactory);

    public TempProgram Program { get; }
    public InProcessAdapter Adapter { get; }
    public DapTestClient Client => Adapter.Client;
    public JsonObject Capabilities { get; }
    public string Path => Program.Path;

    public JsonObject Request(string command, object? arguments = null) => Client.Request(command, arguments is string s ? JsonNode.Parse(s) : arguments);

    /// <summary>Sends a request, asserts success, returns its body (an empty object when it has none).</summary>
    public JsonObject Ok(string command, object? arguments = null)
    {
        var response = Request(command, arguments);
        response["success"]!.GetValue<bool>().Should().BeTrue($"'{command}' should succeed: {response.ToJsonString()}");
        return response["body"]?.AsObject() ?? new JsonObject();
    }

    /// <summary>Sends a request, asserts failure, returns its message.</summary>
    public string Fails(string command, object? arguments = null)
    {
        var response = Request(command, arguments);
        response["success"]!.GetValue<bool>().Should().BeFalse($"'{command}' should fail: {response.ToJsonString()}");
        return (string)response["message"]!;
    }

    /// <summary>Waits for the next stopped event; returns its body.</summary>
    public JsonObject WaitStopped() => Client.WaitForEvent("stopped")["body"]!.AsObject();

    /// <summary>Waits for the next stopped event and asserts its reason; returns its body.</summary>
    public JsonObject WaitStopped(string reason)
    {
        var body = WaitStopped();
        ((string)body["reason"]!).Should().Be(reason);
        return body;
    }

    public JsonArray Frames(string arguments = """{"threadId":1}""") => Ok("stackTrace", arguments)["stackFrames"]!.AsArray();

    public JsonObject TopFrame() => Frames()[0]!.AsObject();

    /// <summary>(line, name) of the top frame.</summary>
    public (int Line, string Name) Where()
    {
        var top = TopFrame();
        return (top["line"]!.GetValue<int>(), (string)top["name"]!);
    }

    public JsonArray Scopes(int frameId) => Ok("scopes", new JsonObject { ["frameId"] = frameId })["scopes"]!.AsArray();

    /// <summary>The variablesReference of a scope of the frame at <paramref name="depth"/>.</summary>
    public int ScopeReference(string scope, int depth = 0)
    {
        var frameId = Frames()[depth]!["id"]!.GetValue<int>();
        foreach (var s in Scopes(frameId))
            if ((string)s!["name"]! == scope) return s["variablesReference"]!.GetValue<int>();
        throw new InvalidOperationException($"no scope {scope}");
    }

    public JsonArray Variables(int reference, string extra = "")
    {
        var args = new JsonObject { ["variablesReference"] = reference };
        if (extra.Length > 0)
            foreach (var (k, v) in JsonNode.Parse(extra)!.AsObject().ToArray()) args[k] = v?.DeepClone();
        return Ok("variables", args)["variables"]!.AsArray();
    }

    /// <summary>"name=value" of each variable.</summary>
    public static string[] NameValues(JsonArray variables)
    {
        var result = new string[variables.Count];
        for (var i = 0; i < result.Length; i++) result[i] = $"{(string)variables[i]!["name"]!}={(string)variables[i]!["value"]!}";
        return result;
    }

    public JsonObject Variable(int reference, string name)
    {
        foreach (var v in Variables(reference))
            if ((string)v!["name"]! == name) return v.AsObject();
        throw new InvalidOperationException($"no variable {name}");
    }

    public void Continue() => Ok("continue", """{"threadId":1}""");
    public void Next(string granularity = "") => Ok("next", granularity.Length == 0 ? """{"threadId":1}""" : $$"""{"threadId":1,"granularity":"{{granularity}}"}""");
    public void StepIn(string granularity = "") => Ok("stepIn", granularity.Length == 0 ? """{"threadId":1}""" : $$"""{"threadId":1,"granularity":"{{granularity}}"}""");
    public void StepOut() => Ok("stepOut", """{"threadId":1}""");

    public int ExitCode() => Client.WaitForEvent("exited")["body"]!["exitCode"]!.GetValue<int>();

    public void Dispose()
    {
        try { Client.Request("disconnect", JsonNode.Parse("{}")); } catch (TimeoutException) { }
        Adapter.Dispose();
        Program.Dispose();
    }
}

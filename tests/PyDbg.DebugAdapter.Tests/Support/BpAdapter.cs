using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Session;
using PyDbg.Frontend.Compilation;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;

namespace PyDbg.DebugAdapter.Tests.Support;

/// <summary>An in-process DebugSession on the VM debugger runtime (explicitly, whatever the session's
/// default is), with the steps the breakpoint tests share.</summary>
public sealed class BpAdapter : IDisposable
{
    private readonly BlockingPipe _toAdapter = new();
    private readonly BlockingPipe _fromAdapter = new();
    private readonly Thread _thread;

    public BpAdapter()
    {
        Session = new DebugSession(_toAdapter, _fromAdapter, null, () => { Runtime = new VmDebugRuntime(); return Runtime; });
        _thread = new Thread(() =>
        {
            try { Session.Run(); }
            finally { _fromAdapter.Complete(); }
        }) { IsBackground = true, Name = "dap-session-under-test (bp)" };
        _thread.Start();
        Client = new DapTestClient(_toAdapter, _fromAdapter);
    }

    public DebugSession Session { get; }
    public DapTestClient Client { get; }
    public VmDebugRuntime? Runtime { get; private set; }

    public static JsonNode Args(string json) => JsonNode.Parse(json)!;
    public static string Json(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    /// <summary>initialize (1-based lines and columns); the capabilities.</summary>
    public JsonObject Initialize()
    {
        var response = Client.Request("initialize", Args("""{"clientID":"tests","adapterID":"pydbg","linesStartAt1":true,"columnsStartAt1":true,"pathFormat":"path"}"""));
        response["success"]!.GetValue<bool>().Should().BeTrue();
        Client.WaitForEvent("initialized");
        return response["body"]!.AsObject();
    }

    /// <summary>A debug launch of <paramref name="program"/> (the response).</summary>
    public JsonObject Launch(string program, string extra = "")
    {
        var args = new JsonObject { ["program"] = program };
        if (extra.Length > 0)
            foreach (var (k, v) in Args(extra).AsObject().ToArray()) args[k] = v?.DeepClone();
        return Client.Request("launch", args);
    }

    /// <summary>setBreakpoints on <paramref name="path"/> with SourceBreakpoint JSON objects; the breakpoints.</summary>
    public JsonArray SetBreakpoints(string path, params string[] breakpoints)
    {
        var response = Client.Request("setBreakpoints", Args($$"""{"source":{"path":{{Json(path)}}},"breakpoints":[{{string.Join(",", breakpoints)}}]}"""));
        response["success"]!.GetValue<bool>().Should().BeTrue(response.ToJsonString());
        return response["body"]!["breakpoints"]!.AsArray();
    }

    public JsonObject Request(string command, string arguments)
    {
        var response = Client.Request(command, Args(arguments));
        return response;
    }

    /// <summary>The body of a successful response.</summary>
    public JsonObject Ok(string command, string arguments = "{}")
    {
        var response = Client.Request(command, Args(arguments));
        response["success"]!.GetValue<bool>().Should().BeTrue(response.ToJsonString());
        return response["body"]?.AsObject() ?? new JsonObject();
    }

    public JsonObject WaitForStopped() => Client.WaitForEvent("stopped")["body"]!.AsObject();

    public void Dispose()
    {
        try { Client.Send("disconnect"); } catch (Exception) { }
        _toAdapter.Complete();
        _thread.Join(DapTestClient.Timeout);
        Client.Dispose();
    }

    /// <summary>Compiles a module as the debugger sees it.</summary>
    public static CodeObject Compile(string source, string fileName)
    {
        var text = new SourceText(fileName, source);
        return Compiler.CompileModule(Parser.ParseModule(text), text);
    }
}

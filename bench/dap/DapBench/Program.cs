using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

// DAP latency of `pydbg dap` over stdio, as a client sees it:
//  (1) launch request sent -> first breakpoint `stopped` event (setBreakpoints + configurationDone
//      in between, as VS Code does), median over N fresh adapter processes;
//  (2) `next` request sent -> `stopped` event, median over S steps in a loop program.
// Usage: dotnet run -c Release -- [path/to/pydbg.dll] [launches=10] [steps=200]
var dll = args.Length > 0 ? Path.GetFullPath(args[0]) : FindDll();
var launches = args.Length > 1 ? int.Parse(args[1]) : 10;
var steps = args.Length > 2 ? int.Parse(args[2]) : 200;

var dir = Directory.CreateTempSubdirectory("pydbg-dapbench-");
var program = Path.Combine(dir.FullName, "loop.py");
File.WriteAllText(program, "total = 0\nfor i in range(1000000):\n    total += i\nprint(total)\n");

try
{
    var launchTimes = new List<double>();
    var phases = new List<double[]>();
    var stepTimes = new List<double>();
    for (var run = 0; run < launches + 1; run++) // the first run warms the machine's caches; not counted
    {
        using var client = new Client(dll);
        client.Request("initialize", new JsonObject { ["clientID"] = "dapbench", ["adapterID"] = "pydbg", ["linesStartAt1"] = true, ["columnsStartAt1"] = true });
        client.WaitEvent("initialized");
        var sw = Stopwatch.StartNew();
        client.Request("launch", new JsonObject { ["program"] = program });
        var launched = sw.Elapsed.TotalMilliseconds;
        client.Request("setBreakpoints", new JsonObject
        {
            ["source"] = new JsonObject { ["path"] = program },
            ["breakpoints"] = new JsonArray(new JsonObject { ["line"] = 3 }),
        });
        var breakpointsSet = sw.Elapsed.TotalMilliseconds;
        client.Request("configurationDone", new JsonObject());
        var configured = sw.Elapsed.TotalMilliseconds;
        client.WaitEvent("stopped");
        var launchMs = sw.Elapsed.TotalMilliseconds;
        if (run > 0)
        {
            launchTimes.Add(launchMs);
            phases.Add(new[] { launched, breakpointsSet - launched, configured - breakpointsSet, launchMs - configured });
        }
        if (run == launches)
        {
            client.Request("setBreakpoints", new JsonObject { ["source"] = new JsonObject { ["path"] = program }, ["breakpoints"] = new JsonArray() });
            for (var i = 0; i < steps + 20; i++)
            {
                var t = Stopwatch.StartNew();
                client.Send("next", new JsonObject { ["threadId"] = 1 });
                client.WaitEvent("stopped");
                if (i >= 20) stepTimes.Add(t.Elapsed.TotalMilliseconds); // 20 warm-up steps (JIT)
            }
        }
        client.Request("disconnect", new JsonObject { ["terminateDebuggee"] = true });
    }
    Console.WriteLine($"pydbg: {dll}");
    Console.WriteLine($"launch -> first breakpoint stopped: median {Median(launchTimes),8:F1} ms  (min {launchTimes.Min():F1}, max {launchTimes.Max():F1}, {launchTimes.Count} launches)  goal < 300 ms");
    string Phase(int k) => Median(phases.Select(p => p[k]).ToList()).ToString("F1");
    Console.WriteLine($"  phases (medians): launch response {Phase(0)} ms, setBreakpoints {Phase(1)} ms, configurationDone {Phase(2)} ms, then stopped {Phase(3)} ms");
    Console.WriteLine($"next -> stopped round trip:        median {Median(stepTimes),8:F3} ms  (p90 {Percentile(stepTimes, 0.9):F3}, max {stepTimes.Max():F3}, {stepTimes.Count} steps)  goal < 2 ms");
}
finally
{
    dir.Delete(true);
}

static double Median(List<double> xs) => Percentile(xs, 0.5);

static double Percentile(List<double> xs, double p)
{
    var sorted = xs.OrderBy(x => x).ToList();
    if (sorted.Count == 0) return double.NaN;
    var rank = p * (sorted.Count - 1);
    var lo = (int)Math.Floor(rank);
    var hi = (int)Math.Ceiling(rank);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

static string FindDll()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
    {
        var dll = Path.Combine(d.FullName, "src", "DebugAdapter", "bin", "Release", "net10.0", "pydbg.dll");
        if (File.Exists(dll)) return dll;
    }
    throw new FileNotFoundException("pydbg.dll not found: build it (dotnet build src/DebugAdapter -c Release) or pass its path");
}

/// <summary>A DAP client over the stdio of a `dotnet pydbg.dll dap` process.</summary>
sealed class Client : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly Stream _input;
    private readonly BlockingCollection<JsonObject> _incoming = new();
    private readonly List<JsonObject> _pending = new();
    private int _seq;

    public Client(string dll)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("dap");
        _process = Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _input = _process.StandardInput.BaseStream;
        var output = _process.StandardOutput.BaseStream;
        new Thread(() => Read(output)) { IsBackground = true }.Start();
    }

    private void Read(Stream output)
    {
        try
        {
            while (true)
            {
                var length = -1;
                while (true)
                {
                    var line = ReadLine(output);
                    if (line is null) return;
                    if (line.Length == 0) break;
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line[15..].Trim());
                }
                var body = new byte[length];
                var read = 0;
                while (read < length)
                {
                    var n = output.Read(body, read, length - read);
                    if (n <= 0) return;
                    read += n;
                }
                _incoming.Add(JsonNode.Parse(body)!.AsObject());
            }
        }
        finally
        {
            _incoming.CompleteAdding();
        }
    }

    private static string? ReadLine(Stream s)
    {
        var sb = new StringBuilder();
        while (true)
        {
            var b = s.ReadByte();
            if (b < 0) return null;
            if (b == '\n') return sb.ToString().TrimEnd('\r');
            sb.Append((char)b);
        }
    }

    public int Send(string command, JsonObject arguments)
    {
        var seq = ++_seq;
        var json = new JsonObject { ["seq"] = seq, ["type"] = "request", ["command"] = command, ["arguments"] = arguments }.ToJsonString();
        var body = Encoding.UTF8.GetBytes(json);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        _input.Write(header);
        _input.Write(body);
        _input.Flush();
        return seq;
    }

    public JsonObject Request(string command, JsonObject arguments)
    {
        var seq = Send(command, arguments);
        var response = Wait(m => (string?)m["type"] == "response" && (int?)m["request_seq"] == seq, command);
        if (response["success"]?.GetValue<bool>() != true)
            throw new InvalidOperationException($"'{command}' failed: {response["message"]}");
        return response;
    }

    public JsonObject WaitEvent(string name) => Wait(m => (string?)m["type"] == "event" && (string?)m["event"] == name, name);

    private JsonObject Wait(Func<JsonObject, bool> match, string what)
    {
        for (var i = 0; i < _pending.Count; i++)
            if (match(_pending[i])) { var m = _pending[i]; _pending.RemoveAt(i); return m; }
        while (true)
        {
            if (!_incoming.TryTake(out var message, Timeout)) throw new TimeoutException($"no {what} from the adapter");
            if (match(message)) return message;
            _pending.Add(message);
        }
    }

    public void Dispose()
    {
        try { if (!_process.WaitForExit(5000)) _process.Kill(true); }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }
}

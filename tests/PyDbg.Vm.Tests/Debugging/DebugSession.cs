using System.Collections.Concurrent;
using System.Text;
using PyDbg.Frontend.Engines;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Debugging;

/// <summary>Drives a program under the Debugger from the test thread; every wait has a 10 s limit.</summary>
internal sealed class DebugSession : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    public const string File = "/tmp/dbg_test.py";

    private readonly BlockingCollection<StopEvent> _stops = new();
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _console = new();

    public Debugger Debugger { get; }
    public DebugRun Run { get; }

    public DebugSession(string source, bool withEvaluator = true)
    {
        Debugger = new Debugger(withEvaluator ? new PyDbg.Frontend.Debugging.FrameEvaluator() : null);
        Debugger.Stopped += e => _stops.Add(e);
        Debugger.Output += (category, text) =>
        {
            lock (_console) (category == "console" ? _console : _stdout).Append(category == "stderr" ? "[err]" + text : text);
        };
        Run = DebugRun.WithDebuggerOutput(source, File, Debugger, (category, text) =>
        {
            lock (_console) _stdout.Append(category == "stderr" ? "[err]" + text : text);
        });
    }

    public string Stdout { get { lock (_console) return _stdout.ToString(); } }
    public string Console { get { lock (_console) return _console.ToString(); } }

    public void Start() => Run.Start();

    public StopEvent NextWithin(TimeSpan timeout)
    {
        if (_stops.TryTake(out var e, timeout)) return e;
        throw new Xunit.Sdk.XunitException("no stop event");
    }

    public StopEvent Next()
    {
        if (_stops.TryTake(out var e, Timeout)) return e;
        throw new Xunit.Sdk.XunitException("no stop event within 10 s; output so far: " + Stdout);
    }

    /// <summary>"reason line offset" of the next stop.</summary>
    public string NextText() => Describe(Next());

    public static string Describe(StopEvent e) => $"{e.Reason} {e.Line} {e.Offset}";

    /// <summary>Continues until the program ends, collecting the stops on the way (continue after each).</summary>
    public List<string> ContinueToEnd(Action<StopEvent>? onStop = null)
    {
        var seen = new List<string>();
        Debugger.Continue();
        while (true)
        {
            if (_stops.TryTake(out var e, TimeSpan.FromMilliseconds(20)))
            {
                seen.Add(Describe(e));
                onStop?.Invoke(e);
                Debugger.Continue();
                continue;
            }
            if (Run.HasExited && _stops.Count == 0) return seen;
            if (seen.Count > 10_000) throw new Xunit.Sdk.XunitException("too many stops");
            if (!Run.WaitForExit(TimeSpan.Zero) && _stops.Count == 0)
            {
                // Wait for either a stop or the end, bounded.
                var deadline = DateTime.UtcNow + Timeout;
                while (!Run.HasExited && _stops.Count == 0)
                {
                    if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException("program neither stopped nor ended within 10 s");
                    Run.WaitForExit(TimeSpan.FromMilliseconds(20));
                }
            }
        }
    }

    public void WaitForExit()
    {
        if (!Run.WaitForExit(Timeout)) throw new Xunit.Sdk.XunitException("program did not end within 10 s");
    }

    public void Dispose()
    {
        if (!Run.HasExited)
        {
            Debugger.Terminate();
            Run.WaitForExit(Timeout);
        }
    }
}

internal static class DictTestExtensions
{
    public static PyObject GetItem(this PyDict dict, string key) =>
        dict.TryGetValue(key, out var v) ? v : throw new Xunit.Sdk.XunitException($"no key {key}");
}

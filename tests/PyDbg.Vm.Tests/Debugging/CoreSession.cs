using System.Collections.Concurrent;
using System.Text;
using PyDbg.Frontend.Engines;
using PyDbg.Vm.Debugging;

namespace PyDbg.Vm.Tests.Debugging;

/// <summary>A debug run for the Core* tests: a program file (optionally with helper modules in a
/// fresh temporary folder), an optional stdin, stop events collected; every wait is bounded.</summary>
internal sealed class CoreSession : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly BlockingCollection<StopEvent> _stops = new();
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _console = new();
    private readonly string? _directory;

    public Debugger Debugger { get; }
    public DebugRun Run { get; }
    public string File { get; }

    public CoreSession(string source, IReadOnlyDictionary<string, string>? modules = null, TextReader? stdin = null)
    {
        if (modules is not null)
        {
            _directory = Path.Combine(Path.GetTempPath(), "pydbg-core-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_directory);
            foreach (var (name, text) in modules) System.IO.File.WriteAllText(Path.Combine(_directory, name), text);
            File = Path.Combine(_directory, "main.py");
        }
        else File = "/tmp/core_dbg_test.py";
        Debugger = new Debugger(new PyDbg.Frontend.Debugging.FrameEvaluator());
        Debugger.Stopped += e => _stops.Add(e);
        Debugger.Output += (category, text) => { lock (_console) _console.Append(text); };
        Run = DebugRun.WithDebuggerOutput(source, File, Debugger, (category, text) =>
        {
            lock (_console) _stdout.Append(category == "stderr" ? "[err]" + text : text);
        }, null, stdin);
    }

    public string PathOf(string module) => Path.Combine(_directory!, module);

    public string Stdout { get { lock (_console) return _stdout.ToString(); } }
    public string Console { get { lock (_console) return _console.ToString(); } }

    public void Start() => Run.Start();

    public StopEvent Next()
    {
        if (_stops.TryTake(out var e, Timeout)) return e;
        throw new Xunit.Sdk.XunitException("no stop event within 10 s; output so far: " + Stdout);
    }

    public bool HasPendingStop => _stops.Count > 0;

    public static string Describe(StopEvent e) => $"{e.Reason} {Path.GetFileName(e.FileName)}:{e.Line}";

    /// <summary>Waits until stdout contains <paramref name="text"/> (bounded).</summary>
    public void WaitForOutput(string text)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!Stdout.Contains(text))
        {
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"no '{text}' in the output within 10 s: {Stdout}");
            Thread.Sleep(5);
        }
    }

    /// <summary>Continues after each stop until the program ends; the stops seen on the way.</summary>
    public List<string> ContinueToEnd(Action<StopEvent>? onStop = null)
    {
        var seen = new List<string>();
        Debugger.Continue();
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            if (_stops.TryTake(out var e, TimeSpan.FromMilliseconds(10)))
            {
                seen.Add(Describe(e));
                onStop?.Invoke(e);
                Debugger.Continue();
                continue;
            }
            if (Run.HasExited && _stops.Count == 0) return seen;
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException("program neither stopped nor ended within 10 s: " + Stdout);
        }
    }

    public void WaitForExit()
    {
        if (!Run.WaitForExit(Timeout)) throw new Xunit.Sdk.XunitException("program did not end within 10 s: " + Stdout);
    }

    public void Dispose()
    {
        if (!Run.HasExited)
        {
            Debugger.Terminate();
            Run.WaitForExit(Timeout);
        }
        if (_directory is not null)
        {
            try { Directory.Delete(_directory, recursive: true); }
            catch (IOException) { }
        }
    }
}

/// <summary>A stdin whose lines arrive when the test sends them (reads block until then).</summary>
internal sealed class BlockingStdin : TextReader
{
    private readonly BlockingCollection<string> _lines = new();
    private string _current = "";
    private int _pos;
    public volatile bool Reading;

    public void Send(string text) => _lines.Add(text);
    public void EndInput() => _lines.CompleteAdding();

    public override int Read(char[] buffer, int index, int count)
    {
        if (_pos >= _current.Length)
        {
            Reading = true;
            try
            {
                if (!_lines.TryTake(out var next, Timeout.Infinite)) return 0;
                _current = next;
                _pos = 0;
            }
            catch (InvalidOperationException) { return 0; }
            finally { Reading = false; }
        }
        var n = Math.Min(count, _current.Length - _pos);
        _current.CopyTo(_pos, buffer, index, n);
        _pos += n;
        return n;
    }

    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) == 0 ? -1 : one[0];
    }
}

using System.Text;
using PyDbg.Frontend.Engines;
using PyDbg.Vm.Runtime;

namespace PyDbg.Conformance.Tests;

/// <summary>One in-process run of a program through ProgramRunner.RunSource, bounded in time.</summary>
public sealed class ProgramRun
{
    public required string Stdout { get; init; }
    public required string Stderr { get; init; }
    public required int ExitCode { get; init; }
    public required bool TimedOut { get; init; }
    /// <summary>The thread the program ran on, when it wrote anything (lets a test see that an
    /// abandoned program really stopped).</summary>
    public Thread? ProgramThread { get; init; }

    /// <summary>The last line of stderr, "" when stderr is empty (what NAME.err records).</summary>
    public string LastStderrLine
    {
        get
        {
            var lines = Stderr.TrimEnd('\n').Split('\n');
            return lines[^1];
        }
    }

    public static ProgramRun Execute(string source, string fileName, EngineKind engine, string[] argv, TimeSpan timeout)
    {
        // Once abandoned, stdout throws (to end the program) and stderr swallows what the
        // runner then reports (throwing there would escape the program thread).
        var stdout = new GuardedWriter(throwWhenAbandoned: true);
        var stderr = new GuardedWriter(throwWhenAbandoned: false);
        var task = Task.Factory.StartNew(
            () => ProgramRunner.RunSource(source, fileName, engine, stdout, stderr, argv),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var finished = task.Wait(timeout);
        if (!finished)
        {
            // There is no way to abort the program thread; stop it as well as we can: every later
            // write throws, and the thread no longer keeps the test host alive.
            stdout.Abandon();
            stderr.Abandon();
        }
        return new ProgramRun
        {
            Stdout = stdout.Text,
            Stderr = stderr.Text,
            ExitCode = finished ? task.Result : -1,
            TimedOut = !finished,
            ProgramThread = stdout.ProgramThread ?? stderr.ProgramThread,
        };
    }

    /// <summary>A thread-safe string sink with "\n" newlines that remembers the program thread and
    /// its context, so a runaway program can be made to stop (or at least not block exit).</summary>
    private sealed class GuardedWriter : TextWriter
    {
        private readonly StringBuilder _text = new();
        private readonly object _gate = new();
        private readonly bool _throwWhenAbandoned;
        private volatile bool _abandoned;
        private Thread? _programThread;
        private PyContext? _context;

        public GuardedWriter(bool throwWhenAbandoned)
        {
            _throwWhenAbandoned = throwWhenAbandoned;
            NewLine = "\n";
        }

        public override Encoding Encoding => Encoding.UTF8;

        public string Text { get { lock (_gate) return _text.ToString(); } }

        public Thread? ProgramThread { get { lock (_gate) return _programThread; } }

        public void Abandon()
        {
            _abandoned = true;
            lock (_gate)
            {
                if (_programThread is { IsAlive: true } t)
                {
                    try { t.IsBackground = true; } catch (ThreadStateException) { }
                }
                if (_context is { } c)
                {
                    c.RecursionLimit = 0;
                    c.MaxSequenceLength = 0;
                }
            }
        }

        /// <summary>False when the text must be dropped (the run was abandoned).</summary>
        private bool Enter()
        {
            if (_abandoned)
            {
                Thread.CurrentThread.IsBackground = true;
                if (_throwWhenAbandoned) throw new OperationCanceledException("program timed out");
                return false;
            }
            if (_programThread is null)
            {
                _programThread = Thread.CurrentThread;
                try { _context = PyContext.Current; } catch (InvalidOperationException) { }
            }
            return true;
        }

        public override void Write(char value) { lock (_gate) { if (Enter()) _text.Append(value); } }
        public override void Write(string? value) { lock (_gate) { if (Enter()) _text.Append(value); } }
        public override void Write(char[] buffer, int index, int count) { lock (_gate) { if (Enter()) _text.Append(buffer, index, count); } }
        public override void Write(ReadOnlySpan<char> buffer) { lock (_gate) { if (Enter()) _text.Append(buffer); } }
        public override void WriteLine(string? value) { lock (_gate) { if (Enter()) _text.Append(value).Append('\n'); } }
    }
}

using System.Runtime.ExceptionServices;

namespace PyDbg.Vm.Debugging;

/// <summary>
/// Work run on the stopped program thread for the controller (evaluation, __repr__ of variables,
/// setVariable...): Python code needs that thread's PyContext and Interpreter.Hooks. The program
/// thread, blocked in <see cref="Stop"/>, runs queued items until a resume command arrives.
/// </summary>
public sealed partial class Debugger
{
    private sealed class WorkItem
    {
        public required Action Run;
        public readonly ManualResetEventSlim Done = new(false);
    }

    /// <summary>
    /// CONTRACT. While the program is stopped, runs <paramref name="work"/> on the program thread and
    /// returns its result; an exception thrown by the work is rethrown here (the same exception
    /// object, e.g. a PyException). Stops and breakpoints are suppressed while the work runs.
    /// Called on the program thread itself (e.g. from a Stopped handler), runs the work directly.
    /// Throws InvalidOperationException("not stopped") when the program is not stopped.
    /// </summary>
    public T Invoke<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_programThread is not null && ReferenceEquals(Thread.CurrentThread, _programThread))
            return RunSuppressed(work);
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var item = new WorkItem
        {
            Run = () =>
            {
                try { result = RunSuppressed(work); }
                catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
            },
        };
        lock (_gate)
        {
            if (_stopped is null) throw new InvalidOperationException("not stopped");
            _work.Enqueue(item);
        }
        _signal.Release();
        item.Done.Wait();
        item.Done.Dispose();
        failure?.Throw();
        return result;
    }

    /// <summary>Runs <paramref name="work"/> while stopped, without a result (see <see cref="Invoke{T}"/>).</summary>
    public void Invoke(Action work) => Invoke(() => { work(); return true; });

    private T RunSuppressed<T>(Func<T> work)
    {
        _evaluating++;
        try { return work(); }
        finally { _evaluating--; }
    }

    /// <summary>The stopped program thread's loop: runs queued work until a resume (or terminate).</summary>
    private void WaitWhileStopped()
    {
        while (true)
        {
            _signal.Wait();
            WorkItem? item = null;
            lock (_gate)
            {
                if (_work.Count > 0) item = _work.Dequeue();
                else if (_resumePending)
                {
                    _resumePending = false;
                    return;
                }
            }
            if (item is null) continue;
            try { item.Run(); }
            finally { item.Done.Set(); }
        }
    }
}

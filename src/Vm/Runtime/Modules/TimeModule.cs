using System.Diagnostics;

namespace PyDbg.Vm.Runtime;

/// <summary>The time module: wall clock, monotonic and performance counters, sleep.</summary>
internal static class TimeModule
{
    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    /// <summary>Nanoseconds since the Unix epoch (100 ns resolution).</summary>
    internal static long TimeNs() => (DateTime.UtcNow.Ticks - UnixEpochTicks) * 100;

    internal static long CounterNs()
    {
        var ticks = Stopwatch.GetTimestamp();
        return (long)((Int128)ticks * 1_000_000_000 / Stopwatch.Frequency);
    }

    public static PyModule Create()
    {
        var m = new ModuleBuilder("time");
        m.Fn("time", (a, k) => { Arg.None("time.time", a, k); return new PyFloat((DateTime.UtcNow.Ticks - UnixEpochTicks) / 1e7); });
        m.Fn("time_ns", (a, k) => { Arg.None("time.time_ns", a, k); return PyInt.From(TimeNs()); });
        m.Fn("perf_counter", (a, k) => { Arg.None("time.perf_counter", a, k); return new PyFloat(CounterNs() / 1e9); });
        m.Fn("perf_counter_ns", (a, k) => { Arg.None("time.perf_counter_ns", a, k); return PyInt.From(CounterNs()); });
        m.Fn("monotonic", (a, k) => { Arg.None("time.monotonic", a, k); return new PyFloat(CounterNs() / 1e9); });
        m.Fn("monotonic_ns", (a, k) => { Arg.None("time.monotonic_ns", a, k); return PyInt.From(CounterNs()); });
        m.Fn("process_time", (a, k) =>
        {
            Arg.None("time.process_time", a, k);
            return new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7);
        });
        m.Fn("process_time_ns", (a, k) =>
        {
            Arg.None("time.process_time_ns", a, k);
            return PyInt.From(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100);
        });
        m.Fn("sleep", Sleep);
        return m.Module;
    }

    private static PyObject Sleep(ReadOnlySpan<PyObject> a, string[]? k)
    {
        var arg = Arg.One("time.sleep", a, k);
        double secs = arg switch
        {
            PyFloat f => f.Value,
            PyInt or PyBool => NativeMath.ToDouble(arg),
            _ => Ops.LookupSpecial(arg.Type, "__float__") is not null
                ? NativeMath.ToDouble(arg)
                : NativeMath.ToDouble(Builtins.IndexObject(arg)),
        };
        if (double.IsNaN(secs)) throw PyExc.ValueErr("Invalid value NaN (not a number)");
        if (secs < 0) throw PyExc.ValueErr("sleep length must be non-negative");
        if (secs > 9.2e9) throw PyExc.Overflow("timestamp too large to convert to C _PyTime_t");
        // Sleep in slices so a long sleep stays responsive; under a debugger, short ones, checking
        // for pause and terminate between them.
        var deadline = CounterNs() + (long)(secs * 1e9);
        var debugged = Execution.Interpreter.HasHooks;
        var sliceTicks = debugged ? 250_000 : 1_000_000;
        if (debugged) Execution.Interpreter.NotifyNativeWait();
        while (true)
        {
            var left = deadline - CounterNs();
            if (left <= 0) break;
            Thread.Sleep(TimeSpan.FromTicks(Math.Min(left / 100, sliceTicks)));
            if (debugged) Execution.Interpreter.NotifyNativeWait();
        }
        return PyNone.Instance;
    }
}

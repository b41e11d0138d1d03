using Stopwatch = System.Diagnostics.Stopwatch;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Engines;

/// <summary>
/// time.sleep for a debugged program: sleeps in short slices and checks the debugger between them,
/// so Pause stops the program (reason pause, in the frame calling sleep) and Terminate ends it
/// during a long sleep. Installed into the run's time module before the program starts (CPython
/// also has `time` in sys.modules at startup). Arguments it does not handle itself (unusual types,
/// invalid values) go to the original function, which gives CPython's errors.
/// </summary>
internal static class InterruptibleSleep
{
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(25);

    public static void Install(Debugger debugger)
    {
        var time = ModuleImport.Import("time");
        if (!time.Dict.TryGetValue("sleep", out var original)) return;
        time.Dict.SetItem("sleep", new PyBuiltinFunction("sleep", (args, kw) =>
        {
            if ((kw is null || kw.Length == 0) && args.Length == 1 && Seconds(args[0]) is { } secs
                && secs >= 0 && secs <= 9.2e9)
            {
                Sleep(debugger, secs);
                return PyNone.Instance;
            }
            return Ops.Call(original, args, kw);
        }));
    }

    private static double? Seconds(PyObject arg) => arg switch
    {
        PyFloat f when !double.IsNaN(f.Value) => f.Value,
        PyBool b => b.Value ? 1 : 0,
        PyInt i when i.IsSmall => i.Small,
        _ => null,
    };

    private static void Sleep(Debugger debugger, double secs)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(secs * Stopwatch.Frequency);
        debugger.CheckInterrupt();
        while (true)
        {
            var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (left <= TimeSpan.Zero) break;
            Thread.Sleep(left < Slice ? left : Slice);
            debugger.CheckInterrupt();
        }
    }
}

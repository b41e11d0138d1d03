using Stopwatch = System.Diagnostics.Stopwatch;
using PyDbg.Frontend.Engines;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

// Debugger overhead: (a) no debugger, (b) a breakpoint in a never-called function,
// (c) an always-false conditional breakpoint on the hot line 8.
var path = Path.GetFullPath(args.Length > 0 ? args[0] : "bench/debugger/loop.py");
var source = File.ReadAllText(path);


double Plain() => Time(() => ProgramRunner.RunSource(source, path, EngineKind.Vm, TextWriter.Null, Console.Error));

double Debugged(Action<Debugger> setup, IFrameEvaluator? evaluator = null) => Time(() =>
{
    var debugger = new Debugger(evaluator ?? new FunctionConditionEvaluator());
    var run = new DebugRun(source, path, debugger, TextWriter.Null, Console.Error);
    setup(debugger);
    debugger.Stopped += _ => debugger.Continue();
    run.Start();
    run.WaitForExit(TimeSpan.FromMinutes(5));
});

static double Time(Action action)
{
    var sw = Stopwatch.StartNew();
    action();
    return sw.Elapsed.TotalMilliseconds;
}

Plain(); // warm-up (JIT)
double a = double.MaxValue, b = double.MaxValue, c = double.MaxValue, d = double.MaxValue, e = double.MaxValue;
var condition = new[] { new LineBreakpointRequest(8, Condition: "i < 0") };
for (var round = 0; round < 5; round++) // interleaved, best of 5 (the machine is shared)
{
    a = Math.Min(a, Plain());
    b = Math.Min(b, Debugged(d => d.SetLineBreakpoints(path, new[] { new LineBreakpointRequest(2) })));
    c = Math.Min(c, Debugged(d => d.SetLineBreakpoints(path, condition)));
    // The real path: the inspection FrameEvaluator with its compiled-expression cache.
    d = Math.Min(d, Debugged(x => x.SetLineBreakpoints(path, condition), new PyDbg.Frontend.Debugging.FrameEvaluator()));
    if (round < 2)
        e = Math.Min(e, Debugged(x => x.SetLineBreakpoints(path, condition),
            new PyDbg.Frontend.Debugging.FrameEvaluator { UseFunctionPath = false }));
}
Console.WriteLine($"(a) no debugger:                         {a,8:F1} ms");
Console.WriteLine($"(b) breakpoint in never-called function: {b,8:F1} ms  ratio {b / a:F3}");
Console.WriteLine($"(c) always-false condition on hot line:  {c,8:F1} ms  ratio {c / a:F3}  (condition compiled once by hand into a function)");
Console.WriteLine($"(c') same, via FrameEvaluator:           {d,8:F1} ms  ratio {d / a:F3}  (cached: compiled once per code object, run as a function of the locals)");
Console.WriteLine($"(c'') FrameEvaluator, locals mapping:    {e,8:F1} ms  ratio {e / a:F3}  (cached code, locals copied to a dict and written back per hit)");

/// <summary>A condition evaluator that compiles the expression once per code object into a function
/// whose parameters are the frame's locals, then calls it with the frame's current values.</summary>
sealed class FunctionConditionEvaluator : IFrameEvaluator
{
    private readonly Dictionary<(PyDbg.Vm.Bytecode.CodeObject, string), PyObject> _cache = new();

    public PyObject Evaluate(Frame frame, string expression)
    {
        var code = frame.Code;
        if (!_cache.TryGetValue((code, expression), out var fn))
        {
            var text = $"def __cond__({string.Join(", ", code.VarNames)}):\n    return ({expression})\n";
            var src = new SourceText("<condition>", text);
            var module = PyDbg.Frontend.Compilation.Compiler.CompileModule(Parser.ParseModule(src), src);
            var ns = new PyDict();
            foreach (var kv in frame.Globals.Items) ns.SetItem(kv.Key, kv.Value);
            Interpreter.RunModule(module, ns, frame.Builtins);
            ns.TryGetValue("__cond__", out fn!);
            _cache[(code, expression)] = fn;
        }
        var n = code.VarNames.Length;
        var args = new PyObject[n];
        for (var i = 0; i < n; i++) args[i] = frame.GetLocal(i) ?? PyNone.Instance;
        return Ops.Call(fn, args);
    }
}

using PyDbg.Frontend.Compilation;
using PyDbg.Frontend.Engines;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Tests.Debugging;

/// <summary>
/// Runs a program on the VM with a native `stop()` builtin: each call of stop() hands the calling
/// Python frame (stopped at its CALL, state synced into the Frame) to a callback, on the program's
/// thread, as the debugger core would when it stops. Bounded in time.
/// </summary>
internal static class DebugHarness
{
    public sealed class Session
    {
        public required PyContext Context { get; init; }
        public required PyDict Globals { get; init; }
        public StringWriter Stdout { get; } = new();
        public string? Error { get; set; }
    }

    public static Session Run(string source, Action<Frame, int>? onStop, Action<Session>? after = null)
    {
        Session? session = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var stdout = new StringWriter();
                var context = ProgramRunner.CreateContext(stdout, new StringWriter(), Array.Empty<string>());
                using (context.Enter())
                {
                    var globals = ProgramRunner.NewMainGlobals("t.py");
                    session = new Session { Context = context, Globals = globals };
                    context.Stdout = session.Stdout;
                    var stops = 0;
                    globals.SetItem("stop", new PyBuiltinFunction("stop", (args, kw) =>
                    {
                        onStop?.Invoke(Interpreter.CurrentFrame!, stops++);
                        return PyNone.Instance;
                    }));
                    var text = new SourceText("t.py", source);
                    var code = Compiler.CompileModule(Parser.ParseModule(text), text);
                    try { Interpreter.RunModule(code, globals, context.Builtins); }
                    catch (PyException e) { session.Error = PyDbg.Vm.Debugging.Inspection.ValueFormatter.ExceptionLine(e.Value); }
                    after?.Invoke(session);
                }
            }
            catch (Exception e) { failure = e; }
        }, 64 * 1024 * 1024);
        thread.Start();
        if (!thread.Join(TimeSpan.FromSeconds(20))) throw new TimeoutException("the program did not finish in 20 s");
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        return session!;
    }

    /// <summary>Runs <paramref name="call"/> on a fresh frame's loop, counting the depth as a call does.</summary>
    public static PyObject RunFrame(Frame frame)
    {
        var context = PyContext.Current;
        context.CallDepth++;
        frame.Back = Interpreter.CurrentFrame;
        return Interpreter.Run(frame);
    }
}

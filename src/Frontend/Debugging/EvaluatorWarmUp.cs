using PyDbg.Frontend.Engines;

namespace PyDbg.Frontend.Debugging;

/// <summary>
/// Compiles the code paths of a debug session ahead of their first use: the tokenizer, parser,
/// symbol table, compiler and dispatch loop (a debug launch parses, compiles and runs the program;
/// the first breakpoint condition or evaluation compiles an expression). A fresh adapter process
/// spends most of its launch time JIT-compiling them; doing it on a background thread while the
/// client sends its configuration moves that work off the launch path. Never fails, never writes.
/// </summary>
public static class EvaluatorWarmUp
{
    private static int _started;

    private const string Snippet = """
class _Warm:
    def __init__(self, n):
        self.n = n
    def total(self):
        t = 0
        for i in range(self.n):
            if i % 3 == 0 and i > 0:
                t += i
            elif i == 7:
                t -= 1
        return t
def _warm(*args, **kw):
    d = {'k': [1, 2.5, 'x', (3, None)]}
    try:
        s = f"{d['k'][0]:>3}" + str(len(args)) + repr(kw)
    except (KeyError, ValueError) as e:
        s = str(e)
    finally:
        pass
    return [x * 2 for x in range(4) if x] + list(kw), s, _Warm(10).total(), lambda q: q
_warm(1, 2, a=3)
""";

    /// <summary>Starts the warm-up once per process on a background thread (returns at once).</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0) return;
        var thread = new Thread(Run, 16 * 1024 * 1024) { IsBackground = true, Name = "pydbg-warm-up", Priority = ThreadPriority.BelowNormal };
        thread.Start();
    }

    private static void Run()
    {
        try
        {
            ProgramRunner.RunSource(Snippet, "<warm-up>", EngineKind.Vm, TextWriter.Null, TextWriter.Null, new[] { "<warm-up>" });
            var context = ProgramRunner.CreateContext(TextWriter.Null, TextWriter.Null, new[] { "<warm-up>" });
            using (context.Enter())
            {
                var frame = FrameEvaluator.ModuleFrame(ProgramRunner.NewMainGlobals("<warm-up>"), context.Builtins);
                var evaluator = new FrameEvaluator();
                evaluator.Evaluate(frame, "len([1, 2]) + 1");
                evaluator.Execute(frame, "x = 1; x");
            }
        }
        catch (Exception)
        {
            // Only a warm-up: whatever happens here, the session does not depend on it.
        }
    }
}

using System.Collections.Concurrent;
using PyDbg.Frontend.Debugging;
using PyDbg.Frontend.Engines;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Execution;

namespace PyDbg.Vm.Tests.Inspection;

/// <summary>Inspection at real stops of the debugger core: the Stopped event runs on the program
/// thread, where the inspection and evaluation happen; the test thread resumes. Waits are bounded.</summary>
public class StoppedInspectionTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private sealed class Run
    {
        public readonly Debugger Debugger = new(new FrameEvaluator());
        public readonly BlockingCollection<string> Seen = new();
        public readonly StringWriter Stdout = new();
        public DebugRun Program = null!;

        public Run(string source, Func<StopEvent, string> inspect)
        {
            Debugger.Stopped += e => Seen.Add(inspect(e));
            Program = new DebugRun(source, "/tmp/inspect_test.py", Debugger, Stdout, new StringWriter());
        }

        public string Next()
        {
            if (!Seen.TryTake(out var s, Limit)) throw new Xunit.Sdk.XunitException("no stop within 10 s; output: " + Stdout);
            return s;
        }

        public void Finish()
        {
            Debugger.Continue();
            Program.WaitForExit(Limit).Should().BeTrue();
        }
    }

    private static CodeObject Function(CodeObject module, string name)
    {
        foreach (var c in module.Constants)
            if (c is CodeObject code && code.Name == name) return code;
        throw new KeyNotFoundException(name);
    }

    [Fact]
    public void OperandStackJustBeforeBinaryOpHoldsBothOperands()
    {
        var run = new Run("""
def f(a, b):
    c = a * 3 - b
    return c
print(f(5, 4))
""", e =>
        {
            var stack = FrameInspector.OperandStack(e.Frame);
            return string.Join(",", stack.Select(v => ValueFormatter.SafeRepr(v))) + " @" + e.Line;
        });
        var f = Function(run.Program.Code!, "f");
        var original = CodeInstrumentation.OriginalInstructions(f);
        var binaryOps = Enumerable.Range(0, original.Length).Where(i => original[i].Op == OpCode.BINARY_OP).ToArray();
        binaryOps.Length.Should().Be(2);
        run.Debugger.SetInstructionBreakpoints(binaryOps.Select(i => new InstructionBreakpointRequest(f, 2 * i))).Should().OnlyContain(b => b.Verified);
        run.Program.Start();
        run.Next().Should().Be("5,3 @2");
        run.Debugger.Continue();
        run.Next().Should().Be("15,4 @2");
        run.Finish();
        run.Stdout.ToString().Should().Be("11\n");
    }

    [Fact]
    public void ConditionEvaluatedByTheInspectionEvaluatorAndLocalsAtALineBreakpoint()
    {
        var run = new Run("""
total = 0
for i in range(6):
    total += i
print(total)
""", e =>
        {
            var handles = new VariableHandles();
            var locals = handles.Children(handles.Scope(e.Frame, ScopeKind.Locals)).ToDictionary(v => v.Name, v => v.Value);
            var ev = new FrameEvaluator();
            ev.Execute(e.Frame, "total = 100").Succeeded.Should().BeTrue();
            return $"i={locals["i"]} total={locals["total"]} stack={FrameInspector.OperandStack(e.Frame).Length}";
        });
        run.Debugger.SetLineBreakpoints("/tmp/inspect_test.py", new[] { new LineBreakpointRequest(3, Condition: "i == 4") })
            .Should().OnlyContain(b => b.Verified);
        run.Program.Start();
        // In the loop body the for loop's iterator is on the operand stack.
        run.Next().Should().Be("i=4 total=6 stack=1");
        run.Finish();
        run.Stdout.ToString().Should().Be("109\n");
        run.Seen.Count.Should().Be(0);
    }

    [Fact]
    public void JumpTargetsAtALineBreakpoint()
    {
        var run = new Run("""
def f(xs):
    n = 0
    for x in xs:
        n += x
    n += 1000
    return n
print(f([1, 2]))
""", e =>
        {
            var intoLoop = FrameJumper.Targets(e.Frame, 4).Count;
            var afterLoop = FrameJumper.Targets(e.Frame, 5).Count;
            var refusal = FrameJumper.Jump(e.Frame, 4);
            return $"{e.Line} {intoLoop} {afterLoop} {refusal}";
        });
        run.Debugger.SetLineBreakpoints("/tmp/inspect_test.py", new[] { new LineBreakpointRequest(2) });
        run.Program.Start();
        run.Next().Should().Be("2 0 1 can't jump into the body of a for loop");
        run.Finish();
        run.Stdout.ToString().Should().Be("1003\n");
    }

    [Fact]
    public void EvaluatingACallToAFunctionWithABreakpointDoesNotStopAgain()
    {
        var run = new Run("""
def helper(k):
    return k * 2
def main():
    v = 5
    return v
print(main(), helper(1))
""", e => e.Line + " " + new FrameEvaluator().Evaluate(e.Frame, "helper(v) + 1").Text);
        run.Debugger.SetLineBreakpoints("/tmp/inspect_test.py", new[] { new LineBreakpointRequest(2), new LineBreakpointRequest(5) });
        run.Program.Start();
        run.Next().Should().Be("5 11");
        run.Debugger.Continue();
        // The program's own call of helper stops at its breakpoint (evaluating there fails: no v).
        run.Next().Should().Be("2 NameError: name 'v' is not defined");
        run.Finish();
        run.Stdout.ToString().Should().Be("5 2\n");
    }
}

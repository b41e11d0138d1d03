using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging;

namespace PyDbg.Vm.Tests.Debugging;

public class InstrumentationTests
{
    [Fact]
    public void InstrumentedCodeDisassemblesAsTheOriginal_AndIsRestoredWhenCleared()
    {
        using var s = new DebugSession(BreakpointTests.Program);
        var code = s.Run.Code!;
        var before = Disassembler.Disassemble(code);
        var original = code.Instructions;
        s.Debugger.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(5), new LineBreakpointRequest(7) });
        CodeInstrumentation.IsInstrumented(code).Should().BeTrue();
        code.Instructions.Should().Contain(i => i.Op == OpCode.INSTRUMENTED_INSTRUCTION);
        Disassembler.Disassemble(code).Should().Be(before);
        s.Debugger.SetLineBreakpoints(DebugSession.File, Array.Empty<LineBreakpointRequest>());
        code.Instructions.Should().BeSameAs(original);
        s.Start();
        s.WaitForExit();
        s.Stdout.Should().Be("2 3\n");
    }

    [Fact]
    public void StepOverAGeneratorLoopStaysInTheLoopingFrame()
    {
        const string source = """
def gen():
    yield 1
    yield 2

t = 0
for v in gen():
    t += v
print(t)
""";
        using var s = new DebugSession(source);
        s.Debugger.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(6) });
        s.Start();
        var stops = new List<string> { DebugSession.Describe(s.Next()) };
        s.Debugger.SetLineBreakpoints(DebugSession.File, Array.Empty<LineBreakpointRequest>());
        for (var i = 0; i < 5; i++)
        {
            s.Debugger.StepOver().Should().BeTrue();
            var e = s.Next();
            stops.Add(DebugSession.Describe(e) + " " + e.Frame.Code.Name);
        }
        stops.Should().Equal("Breakpoint 6 12", "Step 7 24 <module>", "Step 6 20 <module>", "Step 7 24 <module>", "Step 6 20 <module>", "Step 8 34 <module>");
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("3\n");
    }
}

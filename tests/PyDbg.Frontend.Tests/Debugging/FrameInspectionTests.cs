using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Tests.Debugging;

public class FrameInspectionTests
{
    private static Dictionary<string, string> Reprs(List<KeyValuePair<string, PyObject>> entries)
    {
        var d = new Dictionary<string, string>();
        foreach (var kv in entries) d[kv.Key] = ValueFormatter.SafeRepr(kv.Value);
        return d;
    }

    private const string Closures = """
g = 10
def outer(a, b):
    c = a + b
    def inner(x):
        y = x * 2
        stop()
        return y + c
    return inner(a)
print(outer(1, 2))
""";

    [Fact]
    public void StackFramesNamesLinesAndSpans()
    {
        List<FrameView>? stack = null;
        var op = OpCode.NOP;
        var ip = -1;
        var s = DebugHarness.Run(Closures, (frame, _) =>
        {
            stack = FrameInspector.Stack(frame);
            ip = frame.Ip;
            op = frame.Code.Instructions[frame.Ip].Op;
        });
        s.Error.Should().BeNull();
        s.Stdout.ToString().Should().Be("5\n");
        stack!.Select(f => f.Name).Should().Equal("inner", "outer", "<module>");
        stack![0].QualName.Should().Be("outer.<locals>.inner");
        stack.Select(f => f.Line).Should().Equal(6, 8, 9);
        stack[0].FileName.Should().Be("t.py");
        stack[0].Offset.Should().Be(2 * ip);
        op.Should().Be(OpCode.CALL);
        // CPython: the call `stop()` spans line 6, columns 8..14.
        stack[0].Span.Should().Be(new SourceSpan(6, 8, 6, 14));
    }

    [Fact]
    public void LocalsCellsFreeVariablesAndGlobals()
    {
        Dictionary<string, string>? inner = null, outer = null, module = null, globals = null;
        var builtinsHasLen = false;
        DebugHarness.Run(Closures, (frame, _) =>
        {
            inner = Reprs(FrameInspector.Locals(frame));
            outer = Reprs(FrameInspector.Locals(frame.Back!));
            module = Reprs(FrameInspector.Locals(frame.Back!.Back!));
            globals = Reprs(FrameInspector.Globals(frame));
            builtinsHasLen = FrameInspector.Builtins(frame).Any(kv => kv.Key == "len");
        });
        inner.Should().Equal(new Dictionary<string, string> { ["x"] = "1", ["y"] = "2", ["c"] = "3" });
        outer!.Keys.Should().BeEquivalentTo("a", "b", "c", "inner");
        outer["c"].Should().Be("3");
        outer["a"].Should().Be("1");
        globals!["g"].Should().Be("10");
        globals.Should().ContainKey("outer").And.NotContainKey("__builtins__").And.NotContainKey("len");
        module!["g"].Should().Be("10");
        builtinsHasLen.Should().BeTrue();
    }

    [Fact]
    public void UnboundLocalsAreOmitted()
    {
        Dictionary<string, string>? locals = null;
        DebugHarness.Run("""
def f(a):
    stop()
    later = a
    return later
f(4)
""", (frame, _) => locals = Reprs(FrameInspector.Locals(frame)));
        locals.Should().Equal(new Dictionary<string, string> { ["a"] = "4" });
    }

    [Fact]
    public void OperandStackHoldsPendingOperands()
    {
        PyObject?[]? stack = null;
        var handles = new VariableHandles();
        List<Variable>? shown = null;
        DebugHarness.Run("""
def f(a, b):
    return a * (b + stop())
try:
    f(6, 7)
except TypeError as e:
    print(e)
""", (frame, _) =>
        {
            stack = FrameInspector.OperandStack(frame);
            shown = handles.Children(handles.Scope(frame, ScopeKind.OperandStack));
        });
        // Bottom to top: the left operands of both BINARY_OPs, then the call's NULL and callable.
        stack!.Length.Should().Be(4);
        ValueFormatter.SafeRepr(stack[0]).Should().Be("6");
        ValueFormatter.SafeRepr(stack[1]).Should().Be("7");
        stack.Count(v => v is null).Should().Be(1);
        stack.Count(v => v is PyBuiltinFunction).Should().Be(1);
        shown!.Select(v => v.Name).Should().Equal("0", "1", "2", "3");
        shown.Select(v => v.Value).Should().Contain("<NULL>");
    }
}

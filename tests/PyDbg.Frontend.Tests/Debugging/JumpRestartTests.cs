using PyDbg.Frontend.Debugging;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Tests.Debugging;

public class JumpRestartTests
{
    private const string Functions = """
def straight():
    total = 0
    total += 1
    total += 10
    total += 100
    return total
def loop(xs):
    n = 0
    for x in xs:
        n += x
    return n
def handler():
    try:
        stop()
    except ValueError:
        x = 1
    return 2
def args(n, acc):
    acc.append(n)
    n = n * 10
    return n
def cells(a):
    def get():
        return a
    a += 1
    return get()
def gen():
    yield stop()
""";

    /// <summary>Defines the functions, then runs <paramref name="test"/> on the program thread.</summary>
    private static void WithFunctions(Action<PyDict> test, Action<Frame, int>? onStop = null)
    {
        var ran = false;
        var s = DebugHarness.Run(Functions, onStop, session => { test(session.Globals); ran = true; });
        s.Error.Should().BeNull();
        ran.Should().BeTrue();
    }

    private static VmFunction Fn(PyDict globals, string name) =>
        globals.TryGetValue(name, out var f) ? (VmFunction)f : throw new KeyNotFoundException(name);

    private static Frame NewFrame(PyDict globals, string name, params PyObject[] args) =>
        Fn(globals, name).NewFrame(args, null, PyContext.Current.Builtins);

    [Fact]
    public void JumpSkipsLines()
    {
        WithFunctions(globals =>
        {
            var frame = NewFrame(globals, "straight");
            VariableSetter.TrySetLocal(frame, "total", PyInt.From(0)).Should().BeTrue();
            FrameJumper.Targets(frame, 4).Should().ContainSingle().Which.Line.Should().Be(4);
            FrameJumper.Jump(frame, 4).Should().BeNull();
            frame.CurrentSpan.Line.Should().Be(4);
            ValueFormatter.SafeRepr(DebugHarness.RunFrame(frame)).Should().Be("110");
        });
    }

    [Fact]
    public void JumpToALineWithoutCodeUsesTheNextLine()
    {
        WithFunctions(globals =>
        {
            var frame = NewFrame(globals, "loop", new PyList(new PyObject[] { PyInt.From(1) }));
            // No line at or after 100 belongs to `loop`.
            FrameJumper.Jump(frame, 100).Should().Be("line 100 comes after the current code block");
        });
    }

    [Fact]
    public void JumpIntoAForLoopBodyIsRefused()
    {
        WithFunctions(globals =>
        {
            var frame = NewFrame(globals, "loop", new PyList(new PyObject[] { PyInt.From(1), PyInt.From(2) }));
            var ip = frame.Ip;
            FrameJumper.Targets(frame, 10).Should().BeEmpty();
            FrameJumper.Jump(frame, 10).Should().Be("can't jump into the body of a for loop");
            frame.Ip.Should().Be(ip);
            // Jumping over the loop is fine (n must be bound first).
            VariableSetter.TrySetLocal(frame, "n", PyInt.From(5));
            FrameJumper.Jump(frame, 11).Should().BeNull();
            ValueFormatter.SafeRepr(DebugHarness.RunFrame(frame)).Should().Be("5");
        });
    }

    [Fact]
    public void JumpOutOfAForLoopPopsTheIterator()
    {
        WithFunctions(globals =>
        {
            var frame = NewFrame(globals, "loop", new PyList(new PyObject[] { PyInt.From(1), PyInt.From(2) }));
            var bodyStart = FrameJumper.LineStarts(frame.Code).First(s => s.Line == 10).Index;
            var shapes = StackShapes.Compute(frame.Code);
            shapes[bodyStart]!.Length.Should().Be(1, "the for loop's iterator is on the stack in the body");
            // Simulate being stopped in the body: the iterator on the stack, n and x bound.
            frame.Values[frame.StackBase].V = Ops.GetIter(new PyList(new PyObject[] { PyInt.From(7) }));
            frame.Sp = frame.StackBase + 1;
            frame.Ip = bodyStart;
            VariableSetter.TrySetLocal(frame, "n", PyInt.From(40));
            VariableSetter.TrySetLocal(frame, "x", PyInt.From(2));
            FrameJumper.Targets(frame, 11).Should().ContainSingle();
            FrameJumper.Jump(frame, 11).Should().BeNull();
            frame.Sp.Should().Be(frame.StackBase);
            ValueFormatter.SafeRepr(DebugHarness.RunFrame(frame)).Should().Be("40");
        });
    }

    [Fact]
    public void JumpIntoAnExceptBlockIsRefused()
    {
        string? intoExcept = null, toReturn = null;
        WithFunctions(globals =>
        {
            ValueFormatter.SafeRepr(Ops.Call(Fn(globals, "handler"), ReadOnlySpan<PyObject>.Empty, null)).Should().Be("2");
        }, (frame, _) =>
        {
            intoExcept = FrameJumper.Check(frame, FrameJumper.LineStarts(frame.Code).First(s => s.Line == 16).Index);
            toReturn = FrameJumper.Targets(frame, 17).Count > 0 ? null : "refused";
        });
        intoExcept.Should().Be("can't jump into an 'except' block as there's no exception");
        toReturn.Should().BeNull();
    }

    [Fact]
    public void RestartReentersWithTheEntryArguments()
    {
        WithFunctions(globals =>
        {
            var acc = new PyList();
            var frame = NewFrame(globals, "args", PyInt.From(3), acc);
            EntryArguments.Capture(frame).Should().NotBeNull();
            ValueFormatter.SafeRepr(DebugHarness.RunFrame(frame)).Should().Be("30");
            FrameInspector.TryGetLocal(frame, "n").Should().BeOfType<PyInt>().Which.Should().Be(PyInt.From(30));
            FrameRestarter.Restart(frame).Should().BeNull();
            frame.Ip.Should().Be(0);
            frame.Sp.Should().Be(frame.StackBase);
            ValueFormatter.SafeRepr(FrameInspector.TryGetLocal(frame, "n")).Should().Be("3");
            ValueFormatter.SafeRepr(DebugHarness.RunFrame(frame)).Should().Be("30");
            ValueFormatter.SafeRepr(acc).Should().Be("[3, 3]");
        });
    }

    [Fact]
    public void RestartRecreatesCells()
    {
        WithFunctions(globals =>
        {
            var frame = NewFrame(globals, "cells", PyInt.From(1));
            EntryArguments.Capture(frame);
            ValueFormatter.SafeRepr(DebugHarness.RunFrame(frame)).Should().Be("2");
            FrameRestarter.Restart(frame).Should().BeNull();
            ValueFormatter.SafeRepr(FrameInspector.TryGetLocal(frame, "a")).Should().Be("1");
            ValueFormatter.SafeRepr(DebugHarness.RunFrame(frame)).Should().Be("2");
        });
    }

    [Fact]
    public void RestartIsRefusedForModuleGeneratorAndUncapturedFrames()
    {
        var messages = new List<string?>();
        DebugHarness.Run(Functions + "\nstop()\nnext(gen())\n", (frame, _) => messages.Add(FrameRestarter.Restart(frame)),
            session =>
            {
                var frame = NewFrame(session.Globals, "straight");
                messages.Add(FrameRestarter.Restart(frame));
            }).Error.Should().BeNull();
        messages.Should().Equal("can't restart a module-level frame", "can't restart a generator frame",
            "can't restart this frame: its entry arguments were not recorded");
    }

    [Fact]
    public void EvaluatorImplementsTheCoreInterface()
    {
        IFrameEvaluator evaluator = new FrameEvaluator();
        PyObject? value = null;
        string? error = null;
        DebugHarness.Run("def f(k):\n    stop()\nf(21)\n", (frame, _) =>
        {
            value = evaluator.Evaluate(frame, "k * 2");
            try { evaluator.Evaluate(frame, "k +"); }
            catch (PyException e) { error = ValueFormatter.ExceptionLine(e.Value); }
        }).Error.Should().BeNull();
        ValueFormatter.SafeRepr(value).Should().Be("42");
        error.Should().Be("SyntaxError: invalid syntax");
    }
}

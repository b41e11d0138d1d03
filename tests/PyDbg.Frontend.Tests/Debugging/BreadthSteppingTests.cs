using PyDbg.Vm.Debugging;

namespace PyDbg.Frontend.Tests.Debugging;

/// <summary>
/// Point 2: stepping into and over methods, properties, operators, constructors, generators,
/// `yield from`, with statements, lambdas, comprehensions and native callbacks. The expected
/// sequences follow CPython 3.11's line events (sys.settrace), plus one stop on the calling line
/// after each return (the caller is shown again, as pdb's step after --Return-- and debugpy do).
/// </summary>
public class BreadthSteppingTests
{
    private const string Objects = """
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    @property
    def p(self):
        return self.x + 1
    def m(self, k):
        y = k * 2
        return y + self.x
a = V(1)
b = a + V(2)
c = b.p
d = b.m(3)
print(c, d)
""";

    private static string Short(StopEvent e) => $"{e.Line} {e.Code.QualName}";

    private static List<string> StepAll(string source, Cmd cmd, int[]? lines = null, Func<StopEvent, string>? describe = null) =>
        BreadthSession.RunWith(source, lines ?? Array.Empty<int>(), (_, _) => cmd, describe ?? Short, stopOnEntry: lines is null).Stops;

    [Fact]
    public void StepInEntersConstructorOperatorPropertyAndMethod()
    {
        StepAll(Objects, Cmd.In, lines: new[] { 12 }, describe: BreadthSession.WithStack).Should().Equal(
            "Breakpoint breadth_main.py:12 <module> [<module>]",
            "Step breadth_main.py:3 V.__init__ [V.__init__ < <module>]",
            "Step breadth_main.py:12 <module> [<module>]",
            "Step breadth_main.py:13 <module> [<module>]",
            "Step breadth_main.py:3 V.__init__ [V.__init__ < <module>]",
            "Step breadth_main.py:13 <module> [<module>]",
            // a + V(2) dispatches to __add__, which constructs the result.
            "Step breadth_main.py:5 V.__add__ [V.__add__ < <module>]",
            "Step breadth_main.py:3 V.__init__ [V.__init__ < V.__add__ < <module>]",
            "Step breadth_main.py:5 V.__add__ [V.__add__ < <module>]",
            "Step breadth_main.py:13 <module> [<module>]",
            "Step breadth_main.py:14 <module> [<module>]",
            // b.p runs the property getter.
            "Step breadth_main.py:8 V.p [V.p < <module>]",
            "Step breadth_main.py:14 <module> [<module>]",
            "Step breadth_main.py:15 <module> [<module>]",
            "Step breadth_main.py:10 V.m [V.m < <module>]",
            "Step breadth_main.py:11 V.m [V.m < <module>]",
            "Step breadth_main.py:15 <module> [<module>]",
            "Step breadth_main.py:16 <module> [<module>]");
    }

    [Fact]
    public void StepOverDoesNotStopInsideCalls()
    {
        StepAll(Objects, Cmd.Over, lines: new[] { 12 }).Should().Equal(
            "12 <module>", "13 <module>", "14 <module>", "15 <module>", "16 <module>");
    }

    [Fact]
    public void StepOverStopsAtABreakpointInsideTheCall()
    {
        // The getter's breakpoint interrupts the step over line 14; stepping over its return goes back to line 14.
        var (stops, _) = BreadthSession.RunWith(Objects, new[] { 13, 8 }, (_, _) => Cmd.Over, Short);
        stops.Should().Equal("13 <module>", "14 <module>", "8 V.p", "14 <module>", "15 <module>", "16 <module>");
    }

    [Fact]
    public void StepOutOfAMethodReturnsToTheCallersLine()
    {
        // Breakpoints in the getter, in __add__ (called by the runtime) and in m (a direct call).
        var (stops, stdout) = BreadthSession.RunWith(Objects, new[] { 5, 8, 10 },
            (e, _) => e.Reason == StopReason.Breakpoint ? Cmd.Out : Cmd.Continue, BreadthSession.WithStack);
        stops.Should().Equal(
            "Breakpoint breadth_main.py:5 V.__add__ [V.__add__ < <module>]",
            "Step breadth_main.py:13 <module> [<module>]",
            "Breakpoint breadth_main.py:8 V.p [V.p < <module>]",
            "Step breadth_main.py:14 <module> [<module>]",
            "Breakpoint breadth_main.py:10 V.m [V.m < <module>]",
            "Step breadth_main.py:15 <module> [<module>]");
        stdout.Should().Be("4 9\n");
    }

    [Fact]
    public void StepOutOfANestedConstructorReturnsIntoTheMethod()
    {
        var (stops, _) = BreadthSession.RunWith(Objects, new[] { 5 },
            (e, i) => i switch { 0 => Cmd.In, 1 => Cmd.Out, 2 => Cmd.Out, _ => Cmd.Continue }, BreadthSession.WithStack);
        stops.Should().Equal(
            "Breakpoint breadth_main.py:5 V.__add__ [V.__add__ < <module>]",
            "Step breadth_main.py:3 V.__init__ [V.__init__ < V.__add__ < <module>]",
            "Step breadth_main.py:5 V.__add__ [V.__add__ < <module>]",
            "Step breadth_main.py:13 <module> [<module>]");
    }

    private const string Generators = """
def gen(n):
    for i in range(n):
        yield i * 10
    return -1
def deleg():
    r = yield from gen(2)
    yield r
total = 0
for v in gen(2):
    total += v
g = deleg()
print(next(g))
print(total, list(g))
""";

    [Fact]
    public void StepInAForLoopEntersTheGenerator_ItsFrameIsOnTopOfTheConsumer()
    {
        StepAll(Generators, Cmd.In, lines: new[] { 9 }, describe: BreadthSession.WithStack).Take(12).Should().Equal(
            "Breakpoint breadth_main.py:9 <module> [<module>]",
            "Step breadth_main.py:2 gen [gen < <module>]",
            "Step breadth_main.py:3 gen [gen < <module>]",
            // The yield hands the value to the for loop.
            "Step breadth_main.py:9 <module> [<module>]",
            "Step breadth_main.py:10 <module> [<module>]",
            // The loop header is a line event on every iteration (the breakpoint is on it).
            "Breakpoint breadth_main.py:9 <module> [<module>]",
            // Resumed after its yield: the loop header again, then the yield.
            "Step breadth_main.py:2 gen [gen < <module>]",
            "Step breadth_main.py:3 gen [gen < <module>]",
            "Step breadth_main.py:9 <module> [<module>]",
            "Step breadth_main.py:10 <module> [<module>]",
            "Breakpoint breadth_main.py:9 <module> [<module>]",
            "Step breadth_main.py:2 gen [gen < <module>]");
    }

    [Fact]
    public void GeneratorStops_ReturnAndLoopEnd()
    {
        var stops = StepAll(Generators, Cmd.In, lines: new[] { 9 });
        stops.Skip(11).Take(5).Should().Equal("2 gen", "4 gen", "9 <module>", "11 <module>", "12 <module>");
    }

    [Fact]
    public void StepOverInTheGeneratorReturnsToTheConsumerAtTheYield()
    {
        // Step in from line 8 into the generator, then step over: its yield goes back to the for loop.
        var (stops, _) = BreadthSession.RunWith(Generators, new[] { 8 }, (e, i) => i < 2 ? Cmd.In : i < 9 ? Cmd.Over : Cmd.Continue, Short);
        stops.Should().Equal("8 <module>", "9 <module>", "2 gen", "3 gen", "9 <module>", "10 <module>", "9 <module>", "10 <module>", "9 <module>", "11 <module>");
    }

    [Fact]
    public void StepOutOfAGeneratorRunsToTheConsumer()
    {
        var (stops, _) = BreadthSession.RunWith(Generators, new[] { 3 }, (e, i) => i == 0 ? Cmd.Out : Cmd.Continue, BreadthSession.WithStack);
        stops.Take(3).Should().Equal(
            "Breakpoint breadth_main.py:3 gen [gen < <module>]",
            "Step breadth_main.py:9 <module> [<module>]",
            "Breakpoint breadth_main.py:3 gen [gen < <module>]");
    }

    [Fact]
    public void StepOverAForLoopOverAGeneratorStaysInTheConsumer()
    {
        StepAll(Generators, Cmd.Over, lines: new[] { 9 }).Should().Equal(
            "9 <module>", "10 <module>", "9 <module>", "10 <module>", "9 <module>", "11 <module>", "12 <module>", "13 <module>");
    }

    [Fact]
    public void YieldFromDelegation_BothGeneratorFramesAreOnTheStack()
    {
        var (stops, stdout) = BreadthSession.RunWith(Generators, new[] { 12 }, (e, i) => Cmd.In, BreadthSession.WithStack);
        stdout.Should().Be("0\n10 [10, -1]\n");
        stops.Should().Equal(
            "Breakpoint breadth_main.py:12 <module> [<module>]",
            "Step breadth_main.py:6 deleg [deleg < <module>]",
            "Step breadth_main.py:2 gen [gen < deleg < <module>]",
            "Step breadth_main.py:3 gen [gen < deleg < <module>]",
            "Step breadth_main.py:6 deleg [deleg < <module>]",
            "Step breadth_main.py:12 <module> [<module>]",
            "Step breadth_main.py:13 <module> [<module>]",
            // list(g) resumes deleg, which resumes gen where it yielded (no line event in deleg).
            "Step breadth_main.py:2 gen [gen < deleg < <module>]",
            "Step breadth_main.py:3 gen [gen < deleg < <module>]",
            "Step breadth_main.py:6 deleg [deleg < <module>]",
            "Step breadth_main.py:13 <module> [<module>]",
            "Step breadth_main.py:2 gen [gen < deleg < <module>]",
            "Step breadth_main.py:4 gen [gen < deleg < <module>]",
            "Step breadth_main.py:6 deleg [deleg < <module>]",
            "Step breadth_main.py:7 deleg [deleg < <module>]",
            "Step breadth_main.py:13 <module> [<module>]",
            "Step breadth_main.py:13 <module> [<module>]");
    }

    [Fact]
    public void BreakpointInAResumedGeneratorShowsTheConsumerBelowIt()
    {
        var (stops, _) = BreadthSession.RunWith(Generators, new[] { 4 }, (_, _) => Cmd.Continue, BreadthSession.WithStack);
        stops.Should().Equal(
            "Breakpoint breadth_main.py:4 gen [gen < <module>]",
            "Breakpoint breadth_main.py:4 gen [gen < deleg < <module>]");
    }

    private const string Callables = """
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
total = 0
with CM() as c:
    total += 1
f = lambda x: x + 1
sq = [x * x for x in range(2)]
ks = sorted([3, 1], key=lambda x: -x)
ms = list(map(f, [5]))
print(total, f(1), sq, ks, ms)
""";

    [Fact]
    public void StepInWithLambdaComprehensionAndNativeCallbacks()
    {
        var (stops, stdout) = BreadthSession.RunWith(Callables, new[] { 7 }, (_, _) => Cmd.In, BreadthSession.WithStack);
        stdout.Should().Be("1 2 [0, 1] [3, 1] [6]\n");
        stops.Should().Equal(
            "Breakpoint breadth_main.py:7 <module> [<module>]",
            "Step breadth_main.py:3 CM.__enter__ [CM.__enter__ < <module>]",
            "Step breadth_main.py:7 <module> [<module>]",
            "Step breadth_main.py:8 <module> [<module>]",
            // Leaving the block runs line 7 again (CPython's line event; the breakpoint is on it).
            "Breakpoint breadth_main.py:7 <module> [<module>]",
            "Step breadth_main.py:5 CM.__exit__ [CM.__exit__ < <module>]",
            "Step breadth_main.py:7 <module> [<module>]",
            "Step breadth_main.py:9 <module> [<module>]",
            "Step breadth_main.py:10 <module> [<module>]",
            "Step breadth_main.py:10 <listcomp> [<listcomp> < <module>]",
            "Step breadth_main.py:10 <listcomp> [<listcomp> < <module>]",
            "Step breadth_main.py:10 <listcomp> [<listcomp> < <module>]",
            "Step breadth_main.py:10 <module> [<module>]",
            "Step breadth_main.py:11 <module> [<module>]",
            // sorted() calls the key function once per item.
            "Step breadth_main.py:11 <lambda> [<lambda> < <module>]",
            "Step breadth_main.py:11 <module> [<module>]",
            "Step breadth_main.py:11 <lambda> [<lambda> < <module>]",
            "Step breadth_main.py:11 <module> [<module>]",
            "Step breadth_main.py:12 <module> [<module>]",
            // map() calls f (a lambda of line 9) when list() pulls the item.
            "Step breadth_main.py:9 <lambda> [<lambda> < <module>]",
            "Step breadth_main.py:12 <module> [<module>]",
            "Step breadth_main.py:13 <module> [<module>]",
            "Step breadth_main.py:9 <lambda> [<lambda> < <module>]",
            "Step breadth_main.py:13 <module> [<module>]");
    }

    [Fact]
    public void StepOverWithLambdaComprehensionAndNativeCallbacks()
    {
        StepAll(Callables, Cmd.Over, lines: new[] { 7 }).Should().Equal(
            "7 <module>", "8 <module>", "7 <module>", "9 <module>", "10 <module>", "11 <module>", "12 <module>", "13 <module>");
    }

    [Fact]
    public void InstructionStepIntoAnOperatorsSpecialMethod()
    {
        // Instruction steps from line 13's breakpoint: LOAD_NAME a, then V(2) (a call), then BINARY_OP enters __add__.
        var (stops, _) = BreadthSession.RunWith(Objects, new[] { 13 },
            (e, i) => e.Code.QualName == "V.__add__" ? Cmd.Continue : e.Code.QualName == "V.__init__" ? Cmd.OutI : Cmd.InI,
            e => $"{e.Line} {e.Code.QualName} {e.Offset == 2 * e.Index} {PyDbg.Vm.Debugging.CodeInstrumentation.OriginalInstructions(e.Code)[e.Index].Op}");
        // An instruction step into a call stops at the callee's RESUME (offset 0); an instruction
        // step out stops at the caller's next instruction.
        stops.Should().Equal(
            "13 <module> True LOAD_NAME",
            "13 <module> True PUSH_NULL",
            "13 <module> True LOAD_NAME",
            "13 <module> True LOAD_CONST",
            "13 <module> True CALL",
            "2 V.__init__ True RESUME",
            "13 <module> True BINARY_OP",
            "4 V.__add__ True RESUME");
    }

    [Fact]
    public void InstructionStepOverAnOperatorDoesNotEnterIt()
    {
        var (stops, stdout) = BreadthSession.RunWith(Objects, new[] { 13 }, (e, i) => e.Line == 13 ? Cmd.OverI : Cmd.Continue,
            e => $"{e.Line} {e.Code.QualName} {PyDbg.Vm.Debugging.CodeInstrumentation.OriginalInstructions(e.Code)[e.Index].Op}");
        stops.Should().Equal(
            "13 <module> LOAD_NAME", "13 <module> PUSH_NULL", "13 <module> LOAD_NAME", "13 <module> LOAD_CONST",
            "13 <module> CALL", "13 <module> BINARY_OP", "13 <module> STORE_NAME", "14 <module> LOAD_NAME");
        stdout.Should().Be("4 9\n");
    }

    private const string Dunders = """
class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __len__(self):
        return 7
    def __eq__(self, o):
        return True
    def __call__(self, a):
        return a * 2
    def __getitem__(self, k):
        return k
class Base:
    def __init__(self):
        self.b = 1
class Kid(Base):
    def __init__(self):
        super().__init__()
        self.k = 2
it = It(1)
for x in it:
    pass
n = len(it) + it(2) + it[3]
e = it == 5
kid = Kid()
print(n, e, kid.b)
""";

    [Fact]
    public void StepInEntersSpecialMethodsDispatchedByTheRuntime()
    {
        var (stops, stdout) = BreadthSession.RunWith(Dunders, new[] { 26 }, (_, _) => Cmd.In, BreadthSession.WithStack);
        stdout.Should().Be("14 True 1\n");
        stops.Should().Equal(
            "Breakpoint breadth_main.py:26 <module> [<module>]",
            "Step breadth_main.py:3 It.__init__ [It.__init__ < <module>]",
            "Step breadth_main.py:26 <module> [<module>]",
            "Step breadth_main.py:27 <module> [<module>]",
            // The for statement calls __iter__, then __next__ for each item.
            "Step breadth_main.py:5 It.__iter__ [It.__iter__ < <module>]",
            "Step breadth_main.py:27 <module> [<module>]",
            "Step breadth_main.py:7 It.__next__ [It.__next__ < <module>]",
            "Step breadth_main.py:9 It.__next__ [It.__next__ < <module>]",
            "Step breadth_main.py:10 It.__next__ [It.__next__ < <module>]",
            "Step breadth_main.py:27 <module> [<module>]",
            // (CPython also reports line 28, the `pass`: this compiler emits no instruction for it.)
            "Step breadth_main.py:27 <module> [<module>]",
            "Step breadth_main.py:7 It.__next__ [It.__next__ < <module>]",
            "Step breadth_main.py:8 It.__next__ [It.__next__ < <module>]",
            // StopIteration leaves __next__; the loop ends.
            "Step breadth_main.py:29 <module> [<module>]",
            "Step breadth_main.py:12 It.__len__ [It.__len__ < <module>]",
            "Step breadth_main.py:29 <module> [<module>]",
            "Step breadth_main.py:16 It.__call__ [It.__call__ < <module>]",
            "Step breadth_main.py:29 <module> [<module>]",
            "Step breadth_main.py:18 It.__getitem__ [It.__getitem__ < <module>]",
            "Step breadth_main.py:29 <module> [<module>]",
            "Step breadth_main.py:30 <module> [<module>]",
            "Step breadth_main.py:14 It.__eq__ [It.__eq__ < <module>]",
            "Step breadth_main.py:30 <module> [<module>]",
            "Step breadth_main.py:31 <module> [<module>]",
            "Step breadth_main.py:24 Kid.__init__ [Kid.__init__ < <module>]",
            // super().__init__() is a direct call.
            "Step breadth_main.py:21 Base.__init__ [Base.__init__ < Kid.__init__ < <module>]",
            "Step breadth_main.py:24 Kid.__init__ [Kid.__init__ < <module>]",
            "Step breadth_main.py:25 Kid.__init__ [Kid.__init__ < <module>]",
            "Step breadth_main.py:31 <module> [<module>]",
            "Step breadth_main.py:32 <module> [<module>]");
    }
}

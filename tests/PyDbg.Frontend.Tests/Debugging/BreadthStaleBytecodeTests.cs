using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging;

namespace PyDbg.Frontend.Tests.Debugging;

/// <summary>
/// A frame whose dispatch loop is suspended below a native operation (an operator dispatched to
/// __add__, a for loop resuming a generator) must see instrumentation the debugger installs while
/// the Python code that operation runs is stopped: bytecode is instrumented in place.
/// </summary>
public sealed class BreadthStaleBytecodeTests
{
    private const string Objects = """
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
a = V(1)
b = a + V(2)
c = b.x
d = c * 2
print(c, d)
""";

    private const string Generators = """
def gen(n):
    for i in range(n):
        yield i * 10
total = 0
for v in gen(2):
    total += v
print(total)
""";

    private static string Short(StopEvent e) => $"{e.Line} {e.Code.QualName}";

    [Fact]
    public void SteppingAfterLeavingAnOperatorMethodStopsOnEveryLineOfTheCaller()
    {
        var (stops, stdout) = BreadthSession.RunWith(Objects, new[] { 5 },
            (e, i) => i == 0 ? Cmd.Out : Cmd.Over, Short);
        stops.Should().Equal("5 V.__add__", "7 <module>", "8 <module>", "9 <module>", "10 <module>");
        stdout.Should().Be("3 6\n");
    }

    [Fact]
    public void SteppingOverAYieldReachesTheConsumersNextLine()
    {
        var (stops, stdout) = BreadthSession.RunWith(Generators, new[] { 3 },
            (e, i) => i < 2 ? Cmd.Over : Cmd.Continue, Short);
        stops.Take(3).Should().Equal("3 gen", "5 <module>", "6 <module>");
        stops.Skip(3).Should().Equal("3 gen");
        stdout.Should().Be("10\n");
    }

    [Fact]
    public void AnInstructionIsOneEightByteStore()
    {
        System.Runtime.CompilerServices.Unsafe.SizeOf<Instruction>().Should().Be(8);
    }
}

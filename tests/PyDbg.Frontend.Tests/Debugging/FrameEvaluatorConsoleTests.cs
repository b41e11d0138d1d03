using PyDbg.Frontend.Debugging;

namespace PyDbg.Frontend.Tests.Debugging;

/// <summary>Names bound at the console in a function frame stay with that frame (CPython keeps
/// them in frame.f_locals): pdb's `!import math` then `p math.pi` works.</summary>
public class FrameEvaluatorConsoleTests
{
    [Fact]
    public void ConsoleNamesPersistInTheirFrameOnly()
    {
        var ev = new FrameEvaluator();
        var results = new List<string>();
        var s = DebugHarness.Run("""
def f(n):
    for i in range(2):
        stop()
    return n
def other():
    stop()
f(7)
other()
try:
    print(tmp)
except NameError as e:
    print(e)
""", (frame, hit) =>
        {
            if (hit == 0)
            {
                results.Add(ev.Execute(frame, "import math as mm\ntmp = n * 6").Text);
                results.Add(ev.Evaluate(frame, "mm.floor(2.5) + tmp").Text);
                results.Add(ev.Evaluate(frame, "[tmp + k for k in range(2)]").Text);
            }
            else if (hit == 1)
            {
                results.Add(ev.Evaluate(frame, "(tmp, i)").Text);
                results.Add(ev.Execute(frame, "del tmp").Text);
                results.Add(ev.Evaluate(frame, "tmp").Text);
                results.Add(ev.Evaluate(frame, "i * 10").Text);
            }
            else
            {
                results.Add(ev.Evaluate(frame, "mm").Text);
            }
        });
        s.Error.Should().BeNull();
        results.Should().Equal("", "44", "[42, 43]", "(42, 1)", "", "NameError: name 'tmp' is not defined", "10",
            "NameError: name 'mm' is not defined");
        s.Stdout.ToString().Should().Be("name 'tmp' is not defined\n", "console names are not the program's");
    }
}

using PyDbg.Vm.Debugging;

namespace PyDbg.Vm.Tests.Debugging;

public class CoreNativeWaitTests
{
    private const string Ask = """
print("start")
name = input("name? ")
print("got", name)
""";

    [Fact]
    public void PauseStopsWhileInputWaits_ThenTheReadCompletes()
    {
        var stdin = new BlockingStdin();
        using var s = new CoreSession(Ask, stdin: stdin);
        s.Start();
        s.WaitForOutput("name? ");
        var deadline = DateTime.UtcNow + CoreSession.Timeout;
        while (!stdin.Reading && DateTime.UtcNow < deadline) Thread.Sleep(5);
        s.Debugger.Pause();
        var e = s.Next();
        CoreSession.Describe(e).Should().Be("Pause core_dbg_test.py:2");
        e.Frame.Code.Name.Should().Be("<module>");
        // Stopped inside input(): evaluation works there.
        s.Debugger.Invoke(() => 6 * 7).Should().Be(42);
        stdin.Send("bob\n");
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("start\nname? got bob\n");
    }

    [Fact]
    public void StepOverAfterAPauseInInputStopsOnTheNextLine()
    {
        var stdin = new BlockingStdin();
        using var s = new CoreSession(Ask, stdin: stdin);
        s.Start();
        s.WaitForOutput("name? ");
        s.Debugger.Pause();
        CoreSession.Describe(s.Next()).Should().Be("Pause core_dbg_test.py:2");
        s.Debugger.StepOver();
        stdin.Send("ann\n");
        CoreSession.Describe(s.Next()).Should().Be("Step core_dbg_test.py:3");
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("start\nname? got ann\n");
    }

    [Fact]
    public void TerminateEndsAProgramBlockedInInput()
    {
        var stdin = new BlockingStdin();
        using var s = new CoreSession(Ask, stdin: stdin);
        s.Start();
        s.WaitForOutput("name? ");
        s.Debugger.Terminate();
        s.Run.WaitForExit(TimeSpan.FromSeconds(3)).Should().BeTrue();
        s.Stdout.Should().Be("start\nname? ");
        s.Run.ExitCode.Should().Be(0);
        stdin.EndInput();
    }

    [Fact]
    public void DefaultStdinIsEmpty_InputRaisesEOFError()
    {
        using var s = new CoreSession("try:\n    input()\nexcept EOFError as e:\n    print('EOF:', e)\n");
        s.Start();
        s.WaitForExit();
        s.Stdout.Should().Be("EOF: EOF when reading a line\n");
    }

    [Fact]
    public void StdinLinesAreRead()
    {
        using var s = new CoreSession("import sys\nprint(input())\nprint(sys.stdin.readline(), end='')\nprint(sys.stdin.read())\n",
            stdin: new StringReader("one\ntwo\nthree\nfour\n"));
        s.Start();
        s.WaitForExit();
        s.Stdout.Should().Be("one\ntwo\nthree\nfour\n\n");
    }

    [Fact]
    public void PauseAndTerminateInterruptTimeSleep()
    {
        const string source = "import time\nprint('a')\ntime.sleep(30)\nprint('b')\n";
        using var s = new CoreSession(source);
        s.Start();
        s.WaitForOutput("a\n");
        Thread.Sleep(50);
        var started = DateTime.UtcNow;
        s.Debugger.Pause();
        CoreSession.Describe(s.Next()).Should().Be("Pause core_dbg_test.py:3");
        (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(2));
        s.Debugger.Continue();
        Thread.Sleep(50);
        s.Debugger.Terminate();
        s.Run.WaitForExit(TimeSpan.FromSeconds(3)).Should().BeTrue();
        s.Stdout.Should().Be("a\n");
    }

    [Fact]
    public void ShortSleepsStillSleepAndValidateTheirArgument()
    {
        const string source = """
import time
t = time.perf_counter()
time.sleep(0.05)
print(time.perf_counter() - t >= 0.04)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep("x")
except TypeError as e:
    print(e)
""";
        using var s = new CoreSession(source);
        s.Start();
        s.WaitForExit();
        s.Stdout.Should().Be("True\nsleep length must be non-negative\n'str' object cannot be interpreted as an integer\n");
    }
}

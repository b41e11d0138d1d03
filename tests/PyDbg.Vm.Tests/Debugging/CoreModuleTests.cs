using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging;

namespace PyDbg.Vm.Tests.Debugging;

public class CoreModuleTests
{
    private const string Main = """
import helper
print(helper.twice(21))
print(helper.twice(5))
""";

    private const string Helper = """
def twice(x):
    y = x * 2
    return y
print("helper loaded")
""";

    private static Dictionary<string, string> Files => new() { ["helper.py"] = Helper };

    [Fact]
    public void PendingBreakpointInAnImportedModuleIsVerifiedOnImportAndStops()
    {
        using var s = new CoreSession(Main, Files);
        var helper = s.PathOf("helper.py");
        var changes = new List<BreakpointInfo>();
        var added = new List<string>();
        s.Debugger.BreakpointChanged += b => { lock (changes) changes.Add(b); };
        s.Debugger.ProgramAdded += c => { lock (added) added.Add(Path.GetFileName(c.FileName)); };
        var info = s.Debugger.SetLineBreakpoints(helper, new[] { new LineBreakpointRequest(2) });
        info[0].Verified.Should().BeFalse();
        info[0].Message.Should().Be(Debugger.PendingMessage);
        s.Debugger.Programs.Should().ContainSingle().Which.FileName.Should().Be(s.File);
        s.Start();
        var e = s.Next();
        CoreSession.Describe(e).Should().Be("Breakpoint helper.py:2");
        e.Frame.Code.Name.Should().Be("twice");
        e.FileName.Should().Be(helper);
        e.BreakpointIds.Should().Equal(info[0].Id);
        lock (changes)
        {
            changes.Should().ContainSingle();
            changes[0].Id.Should().Be(info[0].Id);
            changes[0].Verified.Should().BeTrue();
            changes[0].Line.Should().Be(2);
            changes[0].Message.Should().BeNull();
        }
        added.Should().Equal("helper.py");
        s.Debugger.Programs.Select(p => Path.GetFileName(p.FileName)).Should().Equal("main.py", "helper.py");
        s.Debugger.FindProgram(helper)!.Name.Should().Be("<module>");
        s.Debugger.FindCode(helper, "twice").Should().ContainSingle().Which.Should().BeSameAs(e.Frame.Code);
        s.Debugger.FindCode(helper, 3).Should().BeSameAs(e.Frame.Code);
        s.Debugger.FindCode(helper, 4)!.Name.Should().Be("<module>");
        s.ContinueToEnd().Should().Equal("Breakpoint helper.py:2");
        s.Stdout.Should().Be("helper loaded\n42\n10\n");
    }

    [Fact]
    public void BreakpointSetAfterImportAndFunctionBreakpointInTheModule()
    {
        using var s = new CoreSession(Main, Files);
        var helper = s.PathOf("helper.py");
        s.Debugger.SetLineBreakpoints(s.File, new[] { new LineBreakpointRequest(3) });
        s.Start();
        CoreSession.Describe(s.Next()).Should().Be("Breakpoint main.py:3");
        // The module is loaded now: a breakpoint set while stopped is verified at once.
        var info = s.Debugger.SetLineBreakpoints(helper, new[] { new LineBreakpointRequest(3) });
        info[0].Verified.Should().BeTrue();
        var fn = s.Debugger.SetFunctionBreakpoints(new[] { new FunctionBreakpointRequest("twice") });
        fn[0].Verified.Should().BeTrue();
        s.ContinueToEnd().Should().Equal("FunctionBreakpoint helper.py:2", "Breakpoint helper.py:3");
        s.Stdout.Should().Be("helper loaded\n42\n10\n");
    }

    [Fact]
    public void StepInEntersTheImportedModule_AndTracebacksShowItsLines()
    {
        const string main = "import helper\nhelper.boom(0)\n";
        const string helper = "def boom(d):\n    return 1 / d\n";
        using var s = new CoreSession(main, new Dictionary<string, string> { ["helper.py"] = helper });
        s.Debugger.SetLineBreakpoints(s.File, new[] { new LineBreakpointRequest(2) });
        s.Start();
        CoreSession.Describe(s.Next()).Should().Be("Breakpoint main.py:2");
        s.Debugger.StepIn();
        CoreSession.Describe(s.Next()).Should().Be("Step helper.py:2");
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be(
            "[err]Traceback (most recent call last):\n" +
            $"  File \"{s.File}\", line 2, in <module>\n    helper.boom(0)\n" +
            $"  File \"{s.PathOf("helper.py")}\", line 2, in boom\n    return 1 / d\n           ~~^~~\n" +
            "ZeroDivisionError: division by zero\n");
    }
}

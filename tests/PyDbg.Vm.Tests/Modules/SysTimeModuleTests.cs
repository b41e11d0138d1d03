using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Modules;

public class SysTimeModuleTests : ModulesTestBase
{
    private static PyObject Sys(string name, params PyObject[] args) => Call("sys", name, args);
    private static PyObject Attr(string module, string name) => Ops.GetAttr(Mod(module), name);

    [Fact]
    public void ArgvAndConstants()
    {
        Ctx.Argv = new[] { "prog.py", "a", "b c" };
        R(Attr("sys", "argv")).Should().Be("['prog.py', 'a', 'b c']");
        R(Attr("sys", "maxsize")).Should().Be("9223372036854775807");
        R(Attr("sys", "platform")).Should().Be("'linux'");
        R(Attr("sys", "byteorder")).Should().Be("'little'");
        R(Ops.GetItem(Attr("sys", "version_info"), I(0))).Should().Be("3");
        R(Ops.GetItem(Attr("sys", "version_info"), I(1))).Should().Be("11");
        R(Ops.GetAttr(Attr("sys", "float_info"), "max")).Should().Be("1.7976931348623157e+308");
    }

    [Fact]
    public void ExitRaisesSystemExit()
    {
        var e = Assert.Throws<PyException>(() => Sys("exit"));
        e.Value.Type.Should().BeSameAs(PyExc.SystemExit);
        e.Value.Args.Items.Should().BeEmpty();
        e = Assert.Throws<PyException>(() => Sys("exit", I(3)));
        R(e.Value.Args).Should().Be("(3,)");
        e = Assert.Throws<PyException>(() => Sys("exit", S("bye")));
        e.Value.MessageText.Should().Be("bye");
        Raises(() => Sys("exit", I(1), I(2))).Should().Be("TypeError: exit expected at most 1 argument, got 2");
    }

    [Fact]
    public void RecursionLimit()
    {
        R(Sys("getrecursionlimit")).Should().Be("1000");
        Sys("setrecursionlimit", I(5000)).Should().BeSameAs(PyNone.Instance);
        Ctx.RecursionLimit.Should().Be(5000);
        R(Sys("getrecursionlimit")).Should().Be("5000");
        Raises(() => Sys("setrecursionlimit", I(0))).Should().Be("ValueError: recursion limit must be greater or equal than 1");
        Raises(() => Sys("setrecursionlimit", S("a"))).Should().Be("TypeError: 'str' object cannot be interpreted as an integer");
        Raises(() => Sys("setrecursionlimit", F(1.5))).Should().Be("TypeError: 'float' object cannot be interpreted as an integer");
        Raises(() => Sys("getrecursionlimit", I(1))).Should().Be("TypeError: sys.getrecursionlimit() takes no arguments (1 given)");
    }

    [Fact]
    public void StdoutAndStderrWriteToTheContext()
    {
        var stdout = Attr("sys", "stdout");
        R(Ops.CallMethod(stdout, "write", S("hi\n"))).Should().Be("3");
        Ops.CallMethod(stdout, "flush").Should().BeSameAs(PyNone.Instance);
        Ops.CallMethod(Attr("sys", "stderr"), "write", S("oops"));
        Out.ToString().Should().Be("hi\n");
        Err.ToString().Should().Be("oops");
        Raises(() => Ops.CallMethod(stdout, "write", I(5))).Should().Be("TypeError: write() argument must be str, not int");
        Raises(() => Ops.CallMethod(stdout, "write")).Should().Be("TypeError: TextIOWrapper.write() takes exactly one argument (0 given)");
        R(stdout).Should().Be("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
        R(Attr("sys", "stderr")).Should().Be("<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
    }

    [Fact]
    public void StreamsFollowARedirectedContext()
    {
        var stdout = Attr("sys", "stdout");
        var other = new StringWriter();
        Ctx.Stdout = other;
        Ops.CallMethod(stdout, "write", S("x"));
        other.ToString().Should().Be("x");
    }

    [Fact]
    public void StdinReadline()
    {
        Ctx.Stdin = new StringReader("one\r\ntwo\nlast");
        var stdin = Attr("sys", "stdin");
        R(Ops.CallMethod(stdin, "readline")).Should().Be("'one\\n'");
        R(Ops.CallMethod(stdin, "readline")).Should().Be("'two\\n'");
        R(Ops.CallMethod(stdin, "readline")).Should().Be("'last'");
        R(Ops.CallMethod(stdin, "readline")).Should().Be("''");
    }

    [Fact]
    public void StdinIterationReadAndReadlines()
    {
        Ctx.Stdin = new StringReader("a\nb\nc\n");
        R(new PyList(Ops.ToList(Attr("sys", "stdin")))).Should().Be("['a\\n', 'b\\n', 'c\\n']");
        Ctx.Stdin = new StringReader("1 2\n3\n");
        R(Ops.CallMethod(Attr("sys", "stdin"), "read")).Should().Be("'1 2\\n3\\n'");
        Ctx.Stdin = new StringReader("x\ny");
        R(Ops.CallMethod(Attr("sys", "stdin"), "readlines")).Should().Be("['x\\n', 'y']");
    }

    [Fact]
    public void PrintToSysStderrAndWritelines()
    {
        var print = Runtime.Builtins.Function("print")!;
        Ops.Call(print, new PyObject[] { S("to err"), Attr("sys", "stderr") }, new[] { "file" });
        Err.ToString().Should().Be("to err\n");
        Ops.CallMethod(Attr("sys", "stdout"), "writelines", L(S("a"), S("b\n")));
        Out.ToString().Should().Be("ab\n");
    }

    [Fact]
    public void Clocks()
    {
        var t = ((PyFloat)Call("time", "time")).Value;
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        Math.Abs(t - now).Should().BeLessThan(5);
        var ns = (PyInt)Call("time", "time_ns");
        (ns.Small / 1e9).Should().BeApproximately(now, 5);
        var p1 = ((PyFloat)Call("time", "perf_counter")).Value;
        var m1 = ((PyFloat)Call("time", "monotonic")).Value;
        var pn1 = ((PyInt)Call("time", "perf_counter_ns")).Small;
        Call("time", "sleep", F(0.02)).Should().BeSameAs(PyNone.Instance);
        var p2 = ((PyFloat)Call("time", "perf_counter")).Value;
        var m2 = ((PyFloat)Call("time", "monotonic")).Value;
        var pn2 = ((PyInt)Call("time", "perf_counter_ns")).Small;
        (p2 - p1).Should().BeGreaterThanOrEqualTo(0.019);
        (m2 - m1).Should().BeGreaterThanOrEqualTo(0.019);
        (pn2 - pn1).Should().BeGreaterThanOrEqualTo(19_000_000);
        Call("time", "sleep", I(0)).Should().BeSameAs(PyNone.Instance);
    }

    [Fact]
    public void TimeErrors()
    {
        Raises(() => Call("time", "sleep", S("a"))).Should().Be("TypeError: 'str' object cannot be interpreted as an integer");
        Raises(() => Call("time", "sleep", I(-1))).Should().Be("ValueError: sleep length must be non-negative");
        Raises(() => Call("time", "sleep")).Should().Be("TypeError: time.sleep() takes exactly one argument (0 given)");
        Raises(() => Call("time", "time", I(1))).Should().Be("TypeError: time.time() takes no arguments (1 given)");
    }
}

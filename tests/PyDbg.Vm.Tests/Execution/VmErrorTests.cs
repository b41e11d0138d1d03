using PyDbg.Frontend.Compilation;
using PyDbg.Frontend.Engines;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Execution;

/// <summary>Uncaught errors, tracebacks and the recursion limit on the VM; expected text from python3.</summary>
public class VmErrorTests
{
    private static (int Code, string Out, string Err) Run(string source)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ProgramRunner.RunSource(source, "t.py", EngineKind.Vm, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void UncaughtExceptionPrintsCPythonTraceback()
    {
        var (code, _, stderr) = Run("def g(a):\n    return a[1] / 0\ndef h():\n    return g([1, 2])\nh()\n");
        code.Should().Be(1);
        stderr.Should().Be("""
            Traceback (most recent call last):
              File "t.py", line 5, in <module>
                h()
              File "t.py", line 4, in h
                return g([1, 2])
                       ^^^^^^^^^
              File "t.py", line 2, in g
                return a[1] / 0
                       ~~~~~^~~
            ZeroDivisionError: division by zero

            """);
    }

    [Fact]
    public void InfiniteRecursionRaisesRecursionErrorWithCPythonTail()
    {
        var (code, stdout, stderr) = Run("def f(n):\n    return f(n + 1)\nf(0)\n");
        code.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("""
            Traceback (most recent call last):
              File "t.py", line 3, in <module>
                f(0)
              File "t.py", line 2, in f
                return f(n + 1)
                       ^^^^^^^^
            """);
        stderr.Should().EndWith("""
              [Previous line repeated 996 more times]
            RecursionError: maximum recursion depth exceeded

            """);
    }

    [Fact]
    public void RecursionErrorCanBeCaughtAndTheProgramContinues()
    {
        var (code, stdout, stderr) = Run("""
            def f(n):
                return f(n + 1)
            try:
                f(0)
            except RecursionError as e:
                print("caught", e)
            def depth(n):
                return 0 if n == 0 else 1 + depth(n - 1)
            print(depth(990))
            """);
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        stdout.Should().Be("caught maximum recursion depth exceeded\n990\n");
    }

    [Fact]
    public void UnboundLocalAndNameErrorsHaveCPythonMessages()
    {
        var (code, _, stderr) = Run("def f():\n    print(x)\n    x = 1\nf()\n");
        code.Should().Be(1);
        stderr.Should().EndWith("UnboundLocalError: cannot access local variable 'x' where it is not associated with a value\n");
        var (code2, _, stderr2) = Run("print(undefined)\n");
        code2.Should().Be(1);
        stderr2.Should().EndWith("NameError: name 'undefined' is not defined\n");
    }

    [Fact]
    public void ExceptionRaisedInHandlerChainsContext()
    {
        var (code, _, stderr) = Run("try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError('bad')\n");
        code.Should().Be(1);
        stderr.Should().Be("""
            Traceback (most recent call last):
              File "t.py", line 2, in <module>
                1 / 0
                ~~^~~
            ZeroDivisionError: division by zero

            During handling of the above exception, another exception occurred:

            Traceback (most recent call last):
              File "t.py", line 4, in <module>
                raise ValueError('bad')
            ValueError: bad

            """);
    }

    [Fact]
    public void CompileErrorsAreSyntaxErrors()
    {
        var (code, _, stderr) = Run("x = 1\nbreak\n");
        code.Should().Be(1);
        stderr.Should().Be("""
              File "t.py", line 2
                break
                ^^^^^
            SyntaxError: 'break' outside loop

            """);
        var (code2, _, stderr2) = Run("while True:\n    def f():\n        continue\n");
        code2.Should().Be(1);
        stderr2.Should().EndWith("SyntaxError: 'continue' not properly in loop\n");
        var (code3, _, stderr3) = Run("return 5\n");
        code3.Should().Be(1);
        stderr3.Should().EndWith("SyntaxError: 'return' outside function\n");
    }

    /// <summary>A Python-to-Python call chain runs in one dispatch loop: 900 nested calls fit on a
    /// thread whose .NET stack is far too small for 900 recursive interpreter invocations.</summary>
    [Fact]
    public void DeepPythonCallChainDoesNotGrowTheDotNetStack()
    {
        const string program = "def f(n):\n    if n == 0:\n        return 0\n    return f(n - 1) + 1\nresult = f(900)\n";
        PyObject? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var context = ProgramRunner.CreateContext(TextWriter.Null, TextWriter.Null, new[] { "t.py" });
                using var _ = context.Enter();
                var source = new SourceText("t.py", program);
                var code = Compiler.CompileModule(Parser.ParseModule(source), source);
                var globals = ProgramRunner.NewMainGlobals("t.py");
                Interpreter.RunModule(code, globals, context.Builtins);
                globals.TryGetValue("result", out var r);
                result = r;
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        failure.Should().BeNull();
        result.Should().BeOfType<PyInt>().Which.Small.Should().Be(900);
    }
}

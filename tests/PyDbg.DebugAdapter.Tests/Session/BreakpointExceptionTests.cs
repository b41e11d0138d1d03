using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>Exception breakpoints (filters "raised" and "uncaught") and exceptionInfo.</summary>
public class BreakpointExceptionTests
{
    private const string DivideProgram =
        "def divide(a, b):\n" +              // 1
        "    return a / b\n" +               // 2
        "\n" +                               // 3
        "def main():\n" +                    // 4
        "    try:\n" +                       // 5
        "        divide(1, 0)\n" +           // 6
        "    except ZeroDivisionError:\n" +  // 7
        "        pass\n" +                   // 8
        "    divide(2, 0)\n" +               // 9
        "\n" +                               // 10
        "main()\n";                          // 11

    /// <summary>What python3 (CPython 3.11) prints for DivideProgram, with the program's path.</summary>
    private static string DivideTraceback(string path) =>
        "Traceback (most recent call last):\n" +
        $"  File \"{path}\", line 11, in <module>\n" +
        "    main()\n" +
        $"  File \"{path}\", line 9, in main\n" +
        "    divide(2, 0)\n" +
        $"  File \"{path}\", line 2, in divide\n" +
        "    return a / b\n" +
        "           ~~^~~\n" +
        "ZeroDivisionError: division by zero\n";

    private static JsonArray Filters(DebugScript s, string filters) =>
        s.Ok("setExceptionBreakpoints", $$"""{"filters":{{filters}}}""")["breakpoints"]!.AsArray();

    [Fact]
    public void Uncaught_stops_where_the_exception_is_about_to_end_the_program_with_exception_info()
    {
        using var s = DebugScript.Start(DivideProgram, "{}", configurationDone: false);
        var answers = Filters(s, """["uncaught"]""");
        answers.Should().ContainSingle();
        answers[0]!["verified"]!.GetValue<bool>().Should().BeTrue();
        s.Ok("configurationDone");
        var stop = s.WaitStopped("exception");
        ((string)stop["text"]!).Should().Be("ZeroDivisionError");
        s.Where().Should().Be((2, "divide"));
        s.Frames().Select(f => f!["line"]!.GetValue<int>()).Should().Equal(2, 9, 11);
        var info = s.Ok("exceptionInfo", """{"threadId":1}""");
        ((string)info["exceptionId"]!).Should().Be("ZeroDivisionError");
        ((string)info["description"]!).Should().Be("division by zero");
        ((string)info["breakMode"]!).Should().Be("unhandled");
        var details = info["details"]!;
        ((string)details["message"]!).Should().Be("division by zero");
        ((string)details["typeName"]!).Should().Be("ZeroDivisionError");
        ((string)details["fullTypeName"]!).Should().Be("ZeroDivisionError");
        ((string)details["stackTrace"]!).Should().Be(DivideTraceback(s.Path));
        s.Continue();
        s.ExitCode().Should().Be(1);
        s.Client.Output("stderr").Should().Be(DivideTraceback(s.Path));
    }

    [Fact]
    public void Raised_stops_at_every_raise_handled_or_not()
    {
        using var s = DebugScript.Start(DivideProgram, "{}", configurationDone: false);
        Filters(s, """["raised"]""");
        s.Ok("configurationDone");
        s.WaitStopped("exception");
        s.Frames().Select(f => f!["line"]!.GetValue<int>()).Should().Equal(2, 6, 11);
        var first = s.Ok("exceptionInfo", """{"threadId":1}""");
        ((string)first["breakMode"]!).Should().Be("always", "main handles the first ZeroDivisionError");
        s.Continue();
        s.WaitStopped("exception");
        s.Frames().Select(f => f!["line"]!.GetValue<int>()).Should().Equal(2, 9, 11);
        var second = s.Ok("exceptionInfo", """{"threadId":1}""");
        ((string)second["breakMode"]!).Should().Be("unhandled");
        ((string)second["details"]!["stackTrace"]!).Should().Be(DivideTraceback(s.Path));
        s.Continue();
        s.ExitCode().Should().Be(1);
        s.Client.Messages.Count(m => (string?)m["event"] == "stopped").Should().Be(2);
    }

    [Fact]
    public void Both_filters_stop_once_per_exception()
    {
        using var s = DebugScript.Start(DivideProgram, "{}", configurationDone: false);
        Filters(s, """["raised","uncaught"]""").Select(b => b!["verified"]!.GetValue<bool>()).Should().Equal(true, true);
        s.Ok("configurationDone");
        s.WaitStopped("exception");
        s.Continue();
        s.WaitStopped("exception");
        s.Continue();
        s.ExitCode().Should().Be(1);
        s.Client.Messages.Count(m => (string?)m["event"] == "stopped").Should().Be(2);
    }

    [Fact]
    public void No_filter_no_stop_and_an_unknown_filter_is_not_verified()
    {
        using var s = DebugScript.Start(DivideProgram, "{}", configurationDone: false);
        var answers = Filters(s, """["userUnhandled"]""");
        answers[0]!["verified"]!.GetValue<bool>().Should().BeFalse();
        ((string)answers[0]!["message"]!).Should().Be("Unknown exception filter 'userUnhandled' (this adapter has \"raised\" and \"uncaught\").");
        s.Ok("configurationDone");
        s.ExitCode().Should().Be(1);
        s.Client.Messages.Count(m => (string?)m["event"] == "stopped").Should().Be(0);
    }

    [Fact]
    public void Exception_info_of_a_user_exception_raised_from_another_shows_the_chain()
    {
        const string program =
            "class AppError(Exception):\n" +          // 1
            "    pass\n" +                            // 2
            "\n" +                                    // 3
            "def check(v):\n" +                       // 4
            "    if v < 0:\n" +                       // 5
            "        raise AppError(f\"negative: {v}\")\n" + // 6
            "    return v\n" +                        // 7
            "\n" +                                    // 8
            "try:\n" +                                // 9
            "    check(-1)\n" +                       // 10
            "except AppError as e:\n" +               // 11
            "    raise ValueError(\"bad input\") from e\n"; // 12
        using var s = DebugScript.Start(program, "{}", configurationDone: false);
        Filters(s, """["raised"]""");
        s.Ok("configurationDone");
        s.WaitStopped("exception");
        s.Where().Should().Be((6, "check"));
        var first = s.Ok("exceptionInfo", """{"threadId":1}""");
        ((string)first["exceptionId"]!).Should().Be("AppError");
        ((string)first["description"]!).Should().Be("negative: -1");
        ((string)first["details"]!["fullTypeName"]!).Should().Be("__main__.AppError");
        ((string)first["breakMode"]!).Should().Be("always");
        s.Continue();
        s.WaitStopped("exception");
        s.Where().Should().Be((12, "<module>"));
        var second = s.Ok("exceptionInfo", """{"threadId":1}""");
        ((string)second["exceptionId"]!).Should().Be("ValueError");
        ((string)second["breakMode"]!).Should().Be("unhandled");
        var expected =
            "Traceback (most recent call last):\n" +
            $"  File \"{s.Path}\", line 10, in <module>\n" +
            "    check(-1)\n" +
            $"  File \"{s.Path}\", line 6, in check\n" +
            "    raise AppError(f\"negative: {v}\")\n" +
            "AppError: negative: -1\n" +
            "\nThe above exception was the direct cause of the following exception:\n\n" +
            "Traceback (most recent call last):\n" +
            $"  File \"{s.Path}\", line 12, in <module>\n" +
            "    raise ValueError(\"bad input\") from e\n" +
            "ValueError: bad input\n";
        ((string)second["details"]!["stackTrace"]!).Should().Be(expected);
        s.Continue();
        s.ExitCode().Should().Be(1);
        s.Client.Output("stderr").Should().Be(expected);
    }

    [Fact]
    public void Uncaught_stops_at_a_raise_inside_an_except_block_and_at_an_except_clause_that_does_not_match()
    {
        const string program =
            "def f():\n" +                       // 1
            "    try:\n" +                       // 2
            "        {}['k']\n" +                // 3
            "    except ValueError:\n" +         // 4
            "        pass\n" +                   // 5
            "\n" +                               // 6
            "try:\n" +                           // 7
            "    f()\n" +                        // 8
            "except KeyError as e:\n" +          // 9
            "    raise RuntimeError('again')\n"; // 10
        using var s = DebugScript.Start(program, "{}", configurationDone: false);
        Filters(s, """["raised"]""");
        s.Ok("configurationDone");
        s.WaitStopped("exception");
        s.Where().Should().Be((3, "f"));
        ((string)s.Ok("exceptionInfo", """{"threadId":1}""")["breakMode"]!).Should().Be("always", "the KeyError is caught by the caller");
        s.Continue();
        s.WaitStopped("exception");
        s.Where().Should().Be((10, "<module>"));
        var info = s.Ok("exceptionInfo", """{"threadId":1}""");
        ((string)info["breakMode"]!).Should().Be("unhandled");
        ((string)info["exceptionId"]!).Should().Be("RuntimeError");
        s.Continue();
        s.ExitCode().Should().Be(1);
    }

    [Fact]
    public void Exception_info_outside_an_exception_stop_fails_clearly()
    {
        using var s = DebugScript.Start(DivideProgram);
        s.WaitStopped("entry");
        s.Fails("exceptionInfo", """{"threadId":1}""").Should().Be("The program is stopped by a stop on entry, not at an exception.");
        s.Continue();
        s.ExitCode().Should().Be(1);
        s.Fails("exceptionInfo", """{"threadId":1}""").Should().Be("The program is not stopped: 'exceptionInfo' needs a stop at an exception.");
    }
}

using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>Inspection of a stopped program: scopes, variables (values, types, evaluateName,
/// paging, filters), the operand stack, and setVariable.</summary>
public class ExecutionInspectionTests
{
    internal const string PointProgram =
        "class Point:\n" +                       // 1
        "    kind = 'pt'\n" +                    // 2
        "    def __init__(self, x, y):\n" +      // 3
        "        self.x = x\n" +                 // 4
        "        self.y = y\n" +                 // 5
        "\n" +                                   // 6
        "def f(n):\n" +                          // 7
        "    data = {'a': 1, 'b': [1, 2]}\n" +   // 8
        "    p = Point(n, 2)\n" +                // 9
        "    t = (1, 'two')\n" +                 // 10
        "    return n\n" +                       // 11
        "\n" +                                   // 12
        "r = f(7)\n" +                           // 13
        "print(r)\n";                            // 14

    /// <summary>Stops at line 11 (`return n`) inside f, by stepping.</summary>
    internal static DebugScript AtReturn()
    {
        var s = DebugScript.Start(PointProgram);
        s.WaitStopped("entry");
        s.Next(); s.WaitStopped("step");      // 7
        s.Next(); s.WaitStopped("step");      // 13
        s.StepIn(); s.WaitStopped("step");    // 8
        s.Next(); s.WaitStopped("step");      // 9
        s.Next(); s.WaitStopped("step");      // 10
        s.Next(); s.WaitStopped("step");      // 11
        s.Where().Should().Be((11, "f"));
        return s;
    }

    [Fact]
    public void Scopes_of_a_function_frame_are_locals_globals_and_operand_stack()
    {
        using var s = AtReturn();
        var frames = s.Frames();
        var scopes = s.Scopes(frames[0]!["id"]!.GetValue<int>());
        scopes.Select(x => (string)x!["name"]!).Should().Equal("Locals", "Globals", "Operand Stack");
        ((string)scopes[0]!["presentationHint"]!).Should().Be("locals");
        scopes[0]!["namedVariables"]!.GetValue<int>().Should().Be(4);
        scopes[0]!["expensive"]!.GetValue<bool>().Should().BeFalse();
        ((string)scopes[2]!["presentationHint"]!).Should().Be("registers");
        scopes[2]!["indexedVariables"]!.GetValue<int>().Should().Be(0);
        var locals = s.Variables(scopes[0]!["variablesReference"]!.GetValue<int>());
        DebugScript.NameValues(locals).Should().Equal("n=7", "data={'a': 1, 'b': [1, 2]}", "p=" + (string)locals[2]!["value"]!, "t=(1, 'two')");
        ((string)locals[2]!["value"]!).Should().MatchRegex("^<__main__.Point object at 0x[0-9a-f]+>$");
        locals.Select(v => (string)v!["type"]!).Should().Equal("int", "dict", "Point", "tuple");
        locals.Select(v => (string)v!["evaluateName"]!).Should().Equal("n", "data", "p", "t");
        locals[0]!["variablesReference"]!.GetValue<int>().Should().Be(0);
        locals[1]!["namedVariables"]!.GetValue<int>().Should().Be(3);
        locals[3]!["indexedVariables"]!.GetValue<int>().Should().Be(2);
        var globals = s.Variables(scopes[1]!["variablesReference"]!.GetValue<int>());
        globals.Select(v => (string)v!["name"]!).Should().Contain(["Point", "f"]).And.NotContain("__builtins__");
        ((string)globals.Single(v => (string)v!["name"]! == "f")!["value"]!).Should().MatchRegex("^<function f at 0x[0-9a-f]+>$");
        // The module frame: its locals are its namespace.
        var module = s.Scopes(frames[1]!["id"]!.GetValue<int>());
        var moduleLocals = s.Variables(module[0]!["variablesReference"]!.GetValue<int>()).Select(v => (string)v!["name"]!).ToArray();
        moduleLocals.Should().Contain(["Point", "f"]).And.NotContain("r", "r is assigned after f returns");
    }

    [Fact]
    public void Children_have_evaluate_names_and_page_with_filters()
    {
        using var s = AtReturn();
        var locals = s.ScopeReference("Locals");
        var data = s.Variable(locals, "data");
        var dataChildren = s.Variables(data["variablesReference"]!.GetValue<int>());
        DebugScript.NameValues(dataChildren).Should().Equal("len()=2", "'a'=1", "'b'=[1, 2]");
        dataChildren.Select(v => (string?)v!["evaluateName"]).Should().Equal("len(data)", "data['a']", "data['b']");
        ((string)dataChildren[0]!["presentationHint"]!["kind"]!).Should().Be("virtual");
        var b = dataChildren[2]!["variablesReference"]!.GetValue<int>();
        dataChildren[2]!["indexedVariables"]!.GetValue<int>().Should().Be(2);
        var page = s.Variables(b, """{"filter":"indexed","start":1,"count":1}""");
        DebugScript.NameValues(page).Should().Equal("1=2");
        ((string)page[0]!["evaluateName"]!).Should().Be("data['b'][1]");
        DebugScript.NameValues(s.Variables(b, """{"filter":"indexed","start":0,"count":2}""")).Should().Equal("0=1", "1=2");
        DebugScript.NameValues(s.Variables(b, """{"filter":"named"}""")).Should().Equal("len()=2");
        var t = s.Variable(locals, "t");
        DebugScript.NameValues(s.Variables(t["variablesReference"]!.GetValue<int>())).Should().Equal("len()=2", "0=1", "1='two'");
        var p = s.Variable(locals, "p");
        var pChildren = s.Variables(p["variablesReference"]!.GetValue<int>());
        DebugScript.NameValues(pChildren).Should().Equal("x=7", "y=2", "(class attributes)=<class 'Point'>");
        pChildren.Select(v => (string?)v!["evaluateName"]).Should().Equal("p.x", "p.y", null);
        var classAttributes = s.Variables(pChildren[2]!["variablesReference"]!.GetValue<int>());
        DebugScript.NameValues(classAttributes).Should().Equal("kind='pt'");
        ((string)classAttributes[0]!["evaluateName"]!).Should().Be("type(p).kind");
    }

    [Fact]
    public void Operand_stack_shows_the_values_bottom_to_top()
    {
        using var s = DebugScript.Start(PointProgram);
        s.WaitStopped("entry");
        s.Next(); s.WaitStopped("step");
        s.Next(); s.WaitStopped("step");
        s.Where().Should().Be((13, "<module>"));
        s.Next("instruction"); s.WaitStopped("step");
        s.Next("instruction"); s.WaitStopped("step");
        s.Next("instruction"); s.WaitStopped("step");
        var top = s.TopFrame();
        top["column"]!.GetValue<int>().Should().Be(5, "CALL f(7) spans columns 4..8 (0-based)");
        top["endColumn"]!.GetValue<int>().Should().Be(9);
        var frameId = top["id"]!.GetValue<int>();
        var stackScope = s.Scopes(frameId)[2]!;
        stackScope["indexedVariables"]!.GetValue<int>().Should().Be(3);
        var stack = s.Variables(stackScope["variablesReference"]!.GetValue<int>());
        stack.Select(v => (string)v!["name"]!).Should().Equal("0", "1", "2");
        ((string)stack[0]!["value"]!).Should().Be("<NULL>");
        ((string)stack[1]!["value"]!).Should().MatchRegex("^<function f at 0x[0-9a-f]+>$");
        ((string)stack[2]!["value"]!).Should().Be("7");
        stack.Should().OnlyContain(v => v!["evaluateName"] == null);
        s.Fails("setVariable", new JsonObject { ["variablesReference"] = stackScope["variablesReference"]!.GetValue<int>(), ["name"] = "2", ["value"] = "8" })
            .Should().Be("The operand stack cannot be modified.");
    }

    [Fact]
    public void SetVariable_evaluates_the_value_in_the_frame_and_the_program_sees_it()
    {
        using var s = AtReturn();
        var locals = s.ScopeReference("Locals");
        var set = s.Ok("setVariable", new JsonObject { ["variablesReference"] = locals, ["name"] = "n", ["value"] = "n * 6" });
        ((string)set["value"]!).Should().Be("42");
        ((string)set["type"]!).Should().Be("int");
        set["variablesReference"]!.GetValue<int>().Should().Be(0);
        var data = s.Variable(locals, "data")["variablesReference"]!.GetValue<int>();
        var key = s.Ok("setVariable", new JsonObject { ["variablesReference"] = data, ["name"] = "'a'", ["value"] = "[t[1]] * 2" });
        ((string)key["value"]!).Should().Be("['two', 'two']");
        key["indexedVariables"]!.GetValue<int>().Should().Be(2);
        DebugScript.NameValues(s.Variables(data)).Should().Equal("len()=2", "'a'=['two', 'two']", "'b'=[1, 2]");
        s.Fails("setVariable", new JsonObject { ["variablesReference"] = locals, ["name"] = "n", ["value"] = "1 / 0" })
            .Should().Be("ZeroDivisionError: division by zero");
        s.Fails("setVariable", new JsonObject { ["variablesReference"] = locals, ["name"] = "n", ["value"] = "undefined_name" })
            .Should().Be("NameError: name 'undefined_name' is not defined");
        var t = s.Variable(locals, "t")["variablesReference"]!.GetValue<int>();
        s.Fails("setVariable", new JsonObject { ["variablesReference"] = t, ["name"] = "0", ["value"] = "5" })
            .Should().Be("TypeError: 'tuple' object does not support item assignment");
        s.Fails("setVariable", new JsonObject { ["variablesReference"] = 9999, ["name"] = "n", ["value"] = "5" })
            .Should().Be("Unknown variablesReference 9999: references are valid only while the program stays stopped.");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("42\n");
    }

    [Fact]
    public void References_and_frame_ids_die_when_the_program_resumes()
    {
        using var s = AtReturn();
        var frameId = s.TopFrame()["id"]!.GetValue<int>();
        var locals = s.ScopeReference("Locals");
        s.Variables(locals).Should().HaveCount(4);
        s.Next();
        s.WaitStopped("step");
        s.Where().Should().Be((13, "<module>"));
        s.Fails("variables", new JsonObject { ["variablesReference"] = locals })
            .Should().Be($"Unknown variablesReference {locals}: references are valid only while the program stays stopped.");
        var newTop = s.TopFrame()["id"]!.GetValue<int>();
        s.Scopes(newTop).Should().HaveCount(3);
        s.Fails("scopes", new JsonObject { ["frameId"] = 77 })
            .Should().Be("Unknown frameId 77: frame ids are valid only while the program stays stopped (ask 'stackTrace' again).");
    }
}

public class ExecutionEvaluateNameTests
{
    [Fact]
    public void A_global_hidden_by_a_local_is_named_through_globals()
    {
        using var s = DebugScript.Start("x = 'global'\ny = 2\ndef f():\n    x = 'local'\n    return x\nf()\n");
        s.WaitStopped("entry");
        s.Next(); s.WaitStopped("step");
        s.Next(); s.WaitStopped("step");
        s.Next(); s.WaitStopped("step");
        s.StepIn(); s.WaitStopped("step");
        s.Next(); s.WaitStopped("step");
        s.Where().Should().Be((5, "f"));
        var globals = s.Variables(s.ScopeReference("Globals"));
        ((string)globals.Single(v => (string)v!["name"]! == "x")!["evaluateName"]!).Should().Be("globals()['x']");
        ((string)globals.Single(v => (string)v!["name"]! == "y")!["evaluateName"]!).Should().Be("y");
        ((string)s.Variable(s.ScopeReference("Locals"), "x")["evaluateName"]!).Should().Be("x");
    }
}

public class ExecutionSetVariableTests
{
    [Fact]
    public void SetVariable_on_globals_attributes_and_list_items_reaches_the_program()
    {
        using var s = DebugScript.Start("class P:\n    pass\np = P()\np.x = 1\nitems = [1, 2]\nx = 1\nprint(x, p.x, items)\n");
        s.WaitStopped("entry");
        for (var i = 0; i < 5; i++) { s.Next(); s.WaitStopped("step"); }
        s.Where().Should().Be((7, "<module>"));
        var globals = s.ScopeReference("Globals");
        ((string)s.Ok("setVariable", new JsonObject { ["variablesReference"] = globals, ["name"] = "x", ["value"] = "x + 41" })["value"]!).Should().Be("42");
        var p = s.Variable(globals, "p")["variablesReference"]!.GetValue<int>();
        ((string)s.Ok("setVariable", new JsonObject { ["variablesReference"] = p, ["name"] = "x", ["value"] = "'attr'" })["value"]!).Should().Be("'attr'");
        var items = s.Variable(globals, "items")["variablesReference"]!.GetValue<int>();
        ((string)s.Ok("setVariable", new JsonObject { ["variablesReference"] = items, ["name"] = "1", ["value"] = "None" })["value"]!).Should().Be("None");
        s.Fails("setVariable", new JsonObject { ["variablesReference"] = items, ["name"] = "5", ["value"] = "0" })
            .Should().Be("IndexError: list assignment index out of range");
        DebugScript.NameValues(s.Variables(s.ScopeReference("Locals"))).Should().Contain(["x=42", "items=[1, None]"], "a module frame's locals are its namespace");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("42 attr [1, None]\n");
    }
}

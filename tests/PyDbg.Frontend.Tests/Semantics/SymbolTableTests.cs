using System.Text;
using PyDbg.Frontend.Semantics;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;

namespace PyDbg.Frontend.Tests.Semantics;

public class SymbolTableTests
{
    public static IEnumerable<object[]> CaseNames()
    {
        foreach (var c in SymbolTableCases.Cases) yield return new object[] { c.Name };
    }

    public static IEnumerable<object[]> ErrorNames()
    {
        foreach (var c in SymbolTableCases.Errors) yield return new object[] { c.Name };
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Scopes_match_cpython_symtable_and_code_objects(string name)
    {
        var c = Array.Find(SymbolTableCases.Cases, x => x.Name == name);
        var table = SymbolTable.Build(c.Ast(), new SourceText("t.py", c.Source));
        Dump(table).Should().Be(c.Expected);
    }

    [Theory]
    [MemberData(nameof(ErrorNames))]
    public void Errors_match_cpython(string name)
    {
        var c = Array.Find(SymbolTableCases.Errors, x => x.Name == name);
        var act = () => SymbolTable.Build(c.Ast(), new SourceText("t.py", c.Source));
        var e = act.Should().Throw<PythonSyntaxError>().Which;
        e.Msg.Should().Be(c.Message);
        (e.Line, e.Column, e.EndLine, e.EndColumn).Should().Be((c.Line, c.Offset, c.EndLine, c.EndOffset));
    }

    [Fact]
    public void ScopeOf_finds_each_scope_by_node()
    {
        var c = Array.Find(SymbolTableCases.Cases, x => x.Name == "comprehension_scopes");
        var module = c.Ast();
        var table = SymbolTable.Build(module, new SourceText("t.py", c.Source));
        table.ScopeOf(module).Should().BeSameAs(table.Root);
        var f = (FunctionDef)module.Body[0];
        var scope = table.ScopeOf(f);
        scope.Kind.Should().Be(ScopeKind.Function);
        var listComp = (ListComp)((Assign)f.Body[0]).Value;
        var comp = table.ScopeOf(listComp);
        comp.Kind.Should().Be(ScopeKind.Comprehension);
        comp.Parent.Should().BeSameAs(scope);
        comp.Lookup("x").Should().Be(SymbolKind.Local);
        scope.Lookup("never_seen").Should().Be(SymbolKind.GlobalImplicit);
    }

    [Fact]
    public void Lookup_mangles_private_names()
    {
        var c = Array.Find(SymbolTableCases.Cases, x => x.Name == "private_mangling");
        var module = c.Ast();
        var table = SymbolTable.Build(module, new SourceText("t.py", c.Source));
        var cls = table.ScopeOf(module.Body[0]);
        cls.Mangle("__slots").Should().Be("_C__slots");
        cls.Lookup("__slots").Should().Be(SymbolKind.Local);
        var m = table.ScopeOf(((ClassDef)module.Body[0]).Body[1]);
        m.Lookup("__q").Should().Be(SymbolKind.Local);
        m.VarNames.Should().Equal("self", "_C__p", "_C__q");
    }

    /// <summary>The same text as /tmp symdump.py prints from CPython: the symtable part, then one line per code object.</summary>
    internal static string Dump(SymbolTable table)
    {
        var lines = new List<string>();
        DumpScope(table.Root, lines);
        var code = new List<string>();
        foreach (var scope in table.AllScopes)
        {
            if (scope.Kind == ScopeKind.Module) continue;
            var flags = new StringBuilder();
            if (scope.IsGenerator) flags.Append(" gen");
            if (scope.IsNested) flags.Append(" nested");
            code.Add($"{scope.QualName} vars=[{string.Join(",", scope.VarNames)}] cells=[{string.Join(",", scope.CellVars)}] frees=[{string.Join(",", scope.FreeVars)}]{flags}");
        }
        code.Sort(string.CompareOrdinal);
        return string.Join("\n", lines) + "\n--\n" + string.Join("\n", code);
    }

    private static void DumpScope(Scope scope, List<string> lines)
    {
        var type = scope.Kind switch { ScopeKind.Module => "module", ScopeKind.Class => "class", _ => "function" };
        var name = scope.Kind == ScopeKind.Module ? "top" : scope.Name.Trim('<', '>');
        var names = new List<string>(scope.Symbols.Keys);
        names.Sort(string.CompareOrdinal);
        var syms = new List<string>();
        foreach (var n in names) syms.Add($"{n}={scope.Symbols[n]}");
        lines.Add($"{type} {name}: {string.Join(" ", syms)}");
        foreach (var child in scope.Children) DumpScope(child, lines);
    }
}

public class CorpusSymbolTableTests
{
    public static IEnumerable<object[]> Programs()
    {
        foreach (var c in CorpusSymtables.Cases) yield return new object[] { c.Program };
    }

    internal static string CorpusRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "corpus"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? ".", "tests", "corpus");
    }

    /// <summary>Every corpus program's scopes, symbols, co_varnames, cells and frees match CPython's.</summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void Corpus_program_symbol_table_matches_cpython(string program)
    {
        var expected = Array.Find(CorpusSymtables.Cases, c => c.Program == program).Expected;
        var path = Path.Combine(CorpusRoot(), program);
        var source = new SourceText("t.py", File.ReadAllText(path));
        var module = PyDbg.Frontend.Parsing.Parser.ParseModule(source);
        SymbolTableTests.Dump(SymbolTable.Build(module, source)).Should().Be(expected);
    }
}

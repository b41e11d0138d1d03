using PyDbg.Frontend.Semantics;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;

namespace PyDbg.Frontend.Compilation;

/// <summary>
/// The compiler facade: AST to code objects (symbol tables first, then code generation).
/// Compile-time errors ('return' outside function, nonlocal at module level, ...) are thrown as
/// <see cref="PythonSyntaxError"/>.
/// CONTRACT: signatures frozen; the compiler owner implements the bodies.
/// </summary>
public static partial class Compiler
{
    static Compiler()
    {
        // Constant folding calls into the runtime; initialise the type objects before the
        // exception types (their static initialisers depend on each other in that order).
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(PyDbg.Vm.Runtime.PyType).TypeHandle);
    }

    public static CodeObject CompileModule(Module module, SourceText source)
    {
        var table = SymbolTable.Build(module, source);
        return CompileModule(module, source, table);
    }

    private static void CollectImports(IReadOnlyList<Stmt> body, HashSet<string> names)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case Import imp:
                    foreach (var a in imp.Names)
                        names.Add(a.AsName ?? (a.Name.IndexOf('.') is var dot and >= 0 ? a.Name[..dot] : a.Name));
                    break;
                case ImportFrom imp:
                    foreach (var a in imp.Names) if (a.Name != "*") names.Add(a.AsName ?? a.Name);
                    break;
                case If i: CollectImports(i.Body, names); CollectImports(i.OrElse, names); break;
                case For f: CollectImports(f.Body, names); CollectImports(f.OrElse, names); break;
                case While w: CollectImports(w.Body, names); CollectImports(w.OrElse, names); break;
                case With w: CollectImports(w.Body, names); break;
                case Try t:
                    CollectImports(t.Body, names);
                    foreach (var h in t.Handlers) CollectImports(h.Body, names);
                    CollectImports(t.OrElse, names);
                    CollectImports(t.FinalBody, names);
                    break;
            }
        }
    }

    /// <summary>Compiles with an already built symbol table.</summary>
    public static CodeObject CompileModule(Module module, SourceText source, SymbolTable table)
    {
        var ctx = new CompileUnitContext(table, source);
        CollectImports(module.Body, ctx.ImportedNames);
        var gen = new CodeGen(ctx, table.Root, null);
        return gen.CompileModuleBody(module.Body);
    }
}

/// <summary>What every code unit of one compilation shares.</summary>
internal sealed class CompileUnitContext(SymbolTable table, SourceText source)
{
    public SymbolTable Table { get; } = table;
    /// <summary>Names bound by an import in module-level code (CPython's DEF_IMPORT in the top scope).</summary>
    public HashSet<string> ImportedNames { get; } = new();
    public SourceText Source { get; } = source;
    public string FileName => Source.FileName;

    public PythonSyntaxError Error(string message, SourceSpan span) =>
        new("SyntaxError", message, FileName, span.Line, Source.CharColumn(span.Line, span.Column) + 1,
            Source.GetLine(span.Line), span.EndLine,
            span.EndLine > 0 ? Source.CharColumn(span.EndLine, span.EndColumn) + 1 : 0);
}

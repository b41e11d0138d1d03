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
    public static CodeObject CompileModule(Module module, SourceText source)
    {
        var table = SymbolTable.Build(module, source);
        return CompileModule(module, source, table);
    }

    /// <summary>Compiles with an already built symbol table.</summary>
    public static CodeObject CompileModule(Module module, SourceText source, SymbolTable table)
    {
        var gen = new CodeGen(new CompileUnitContext(table, source), table.Root, null);
        return gen.CompileModuleBody(module.Body);
    }
}

/// <summary>What every code unit of one compilation shares.</summary>
internal sealed class CompileUnitContext(SymbolTable table, SourceText source)
{
    public SymbolTable Table { get; } = table;
    public SourceText Source { get; } = source;
    public string FileName => Source.FileName;

    public PythonSyntaxError Error(string message, SourceSpan span) =>
        new("SyntaxError", message, FileName, span.Line, Source.CharColumn(span.Line, span.Column) + 1,
            Source.GetLine(span.Line), span.EndLine,
            span.EndLine > 0 ? Source.CharColumn(span.EndLine, span.EndColumn) + 1 : 0);
}

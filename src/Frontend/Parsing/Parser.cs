using PyDbg.Frontend.Lexing;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;

namespace PyDbg.Frontend.Parsing;

/// <summary>
/// The parser facade: source text to AST (CPython's node names and spans). Errors are thrown as
/// <see cref="PythonSyntaxError"/> with CPython's messages and locations.
/// CONTRACT: these signatures are frozen; the parser owner implements the bodies.
/// </summary>
public static partial class Parser
{
    /// <summary>A whole file (ast.parse(source, mode="exec")).</summary>
    public static Module ParseModule(SourceText source)
        => new PyParser(new Tokenizer(source.Text, source.FileName)).ParseFile();

    /// <summary>A single expression (mode="eval"): breakpoint conditions, watch expressions.</summary>
    public static Expression ParseExpression(SourceText source)
        => new PyParser(new Tokenizer(source.Text, source.FileName)).ParseEval();

    /// <summary>One or more statements typed at a debug console (mode="single"-like).</summary>
    public static Interactive ParseInteractive(SourceText source)
        => new PyParser(new Tokenizer(source.Text, source.FileName)).ParseInteractiveInput();
}

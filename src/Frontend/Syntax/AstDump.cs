namespace PyDbg.Frontend.Syntax;

/// <summary>
/// Prints a tree exactly as CPython 3.11's <c>ast.dump(tree, indent=2)</c> does (without
/// attributes), the output of `pydbg ast`.
/// CONTRACT: signature frozen; the parser owner implements it.
/// </summary>
public static class AstDump
{
    public static string Dump(Node node) => throw new NotImplementedException();
}

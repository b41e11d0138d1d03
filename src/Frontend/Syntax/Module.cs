namespace PyDbg.Frontend.Syntax;

/// <summary>mod: Module(stmt* body) and Expression(expr body) (used for eval / debugger expressions).</summary>
public abstract record Mod : Node;
public sealed record Module(IReadOnlyList<Stmt> Body) : Mod;
public sealed record Expression(Expr Body) : Mod;
/// <summary>Interactive(stmt* body): a debug-console input (may contain statements).</summary>
public sealed record Interactive(IReadOnlyList<Stmt> Body) : Mod;

namespace PyDbg.Frontend.Syntax;

public abstract record Stmt : Node;

public sealed record FunctionDef(string Name, Arguments Args, IReadOnlyList<Stmt> Body,
    IReadOnlyList<Expr> DecoratorList, Expr? Returns) : Stmt;
public sealed record ClassDef(string Name, IReadOnlyList<Expr> Bases, IReadOnlyList<Keyword> Keywords,
    IReadOnlyList<Stmt> Body, IReadOnlyList<Expr> DecoratorList) : Stmt;
public sealed record Return(Expr? Value) : Stmt;
public sealed record Delete(IReadOnlyList<Expr> Targets) : Stmt;
public sealed record Assign(IReadOnlyList<Expr> Targets, Expr Value) : Stmt;
public sealed record AugAssign(Expr Target, Operator Op, Expr Value) : Stmt;
/// <summary>Simple is 1 for a plain name target not in parentheses (CPython's meaning).</summary>
public sealed record AnnAssign(Expr Target, Expr Annotation, Expr? Value, int Simple) : Stmt;
public sealed record For(Expr Target, Expr Iter, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse) : Stmt;
public sealed record While(Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse) : Stmt;
public sealed record If(Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse) : Stmt;
public sealed record With(IReadOnlyList<WithItem> Items, IReadOnlyList<Stmt> Body) : Stmt;
public sealed record Raise(Expr? Exc, Expr? Cause) : Stmt;
public sealed record Try(IReadOnlyList<Stmt> Body, IReadOnlyList<ExceptHandler> Handlers,
    IReadOnlyList<Stmt> OrElse, IReadOnlyList<Stmt> FinalBody) : Stmt;
public sealed record Assert(Expr Test, Expr? Msg) : Stmt;
public sealed record Import(IReadOnlyList<Alias> Names) : Stmt;
public sealed record ImportFrom(string? ModuleName, IReadOnlyList<Alias> Names, int Level) : Stmt;
public sealed record Global(IReadOnlyList<string> Names) : Stmt;
public sealed record Nonlocal(IReadOnlyList<string> Names) : Stmt;
/// <summary>An expression statement (CPython's ast.Expr).</summary>
public sealed record ExprStmt(Expr Value) : Stmt;
public sealed record Pass : Stmt;
public sealed record Break : Stmt;
public sealed record Continue : Stmt;

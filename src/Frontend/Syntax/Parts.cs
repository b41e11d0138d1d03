namespace PyDbg.Frontend.Syntax;

/// <summary>comprehension(target, iter, ifs, is_async): no position in CPython.</summary>
public sealed record Comprehension(Expr Target, Expr Iter, IReadOnlyList<Expr> Ifs, int IsAsync) : Node;

/// <summary>ExceptHandler(type, name, body): has a position.</summary>
public sealed record ExceptHandler(Expr? Type, string? Name, IReadOnlyList<Stmt> Body) : Node;

/// <summary>arguments: no position in CPython. KwDefaults has a null entry for a keyword-only
/// parameter without default; Defaults apply to the last of PosOnlyArgs + Args.</summary>
public sealed record Arguments(IReadOnlyList<Arg> PosOnlyArgs, IReadOnlyList<Arg> Args, Arg? VarArg,
    IReadOnlyList<Arg> KwOnlyArgs, IReadOnlyList<Expr?> KwDefaults, Arg? KwArg, IReadOnlyList<Expr> Defaults) : Node
{
    public static readonly Arguments Empty = new(System.Array.Empty<Arg>(), System.Array.Empty<Arg>(), null,
        System.Array.Empty<Arg>(), System.Array.Empty<Expr?>(), null, System.Array.Empty<Expr>());
}

/// <summary>arg(arg, annotation): has a position.</summary>
public sealed record Arg(string Name, Expr? Annotation) : Node;

/// <summary>keyword(arg, value): ArgName is null for <c>**mapping</c>. Has a position.</summary>
public sealed record Keyword(string? ArgName, Expr Value) : Node;

/// <summary>alias(name, asname): has a position (3.10+).</summary>
public sealed record Alias(string Name, string? AsName) : Node;

/// <summary>withitem(context_expr, optional_vars): no position.</summary>
public sealed record WithItem(Expr ContextExpr, Expr? OptionalVars) : Node;

using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Syntax;

public abstract record Expr : Node;

public sealed record BoolOp(BoolOperator Op, IReadOnlyList<Expr> Values) : Expr;
public sealed record NamedExpr(Expr Target, Expr Value) : Expr;
public sealed record BinOp(Expr Left, Operator Op, Expr Right) : Expr;
public sealed record UnaryOp(UnaryOp_ Op, Expr Operand) : Expr;
public sealed record Lambda(Arguments Args, Expr Body) : Expr;
public sealed record IfExp(Expr Test, Expr Body, Expr OrElse) : Expr;
/// <summary>A null key marks a <c>**mapping</c> entry, as in CPython.</summary>
public sealed record Dict(IReadOnlyList<Expr?> Keys, IReadOnlyList<Expr> Values) : Expr;
public sealed record Set(IReadOnlyList<Expr> Elts) : Expr;
public sealed record ListComp(Expr Elt, IReadOnlyList<Comprehension> Generators) : Expr;
public sealed record SetComp(Expr Elt, IReadOnlyList<Comprehension> Generators) : Expr;
public sealed record DictComp(Expr Key, Expr Value, IReadOnlyList<Comprehension> Generators) : Expr;
public sealed record GeneratorExp(Expr Elt, IReadOnlyList<Comprehension> Generators) : Expr;
public sealed record Await(Expr Value) : Expr;
public sealed record Yield(Expr? Value) : Expr;
public sealed record YieldFrom(Expr Value) : Expr;
public sealed record Compare(Expr Left, IReadOnlyList<CmpOp> Ops, IReadOnlyList<Expr> Comparators) : Expr;
public sealed record Call(Expr Func, IReadOnlyList<Expr> Args, IReadOnlyList<Keyword> Keywords) : Expr;
/// <summary>Conversion is -1 (none), 's' (115), 'r' (114) or 'a' (97), as in CPython.</summary>
public sealed record FormattedValue(Expr Value, int Conversion, Expr? FormatSpec) : Expr;
public sealed record JoinedStr(IReadOnlyList<Expr> Values) : Expr;
/// <summary>A literal: int, float, complex, str, bool, None or Ellipsis, as a runtime value.
/// Kind is "u" for u-prefixed strings, else null.</summary>
public sealed record Constant(PyObject Value, string? Kind = null) : Expr;
public sealed record Attribute(Expr Value, string Attr, ExprContext Ctx) : Expr;
public sealed record Subscript(Expr Value, Expr Slice, ExprContext Ctx) : Expr;
public sealed record Starred(Expr Value, ExprContext Ctx) : Expr;
public sealed record Name(string Id, ExprContext Ctx) : Expr;
public sealed record List(IReadOnlyList<Expr> Elts, ExprContext Ctx) : Expr;
public sealed record Tuple(IReadOnlyList<Expr> Elts, ExprContext Ctx) : Expr;
public sealed record Slice(Expr? Lower, Expr? Upper, Expr? Step) : Expr;

using PyDbg.Vm.Bytecode;

namespace PyDbg.Frontend.Syntax;

/// <summary>
/// The base of every AST node. Node and field names mirror CPython's <c>ast</c> module
/// (PascalCase here, snake_case in <c>ast.dump</c>); <see cref="Span"/> carries lineno,
/// col_offset, end_lineno and end_col_offset exactly as CPython reports them. Nodes that have no
/// position in CPython (arguments, comprehension, withitem) keep <see cref="SourceSpan.None"/>.
/// </summary>
public abstract record Node
{
    public SourceSpan Span { get; init; }
}

public enum ExprContext { Load, Store, Del }
public enum BoolOperator { And, Or }
/// <summary>CPython's ast.operator names.</summary>
public enum Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
public enum UnaryOp_ { Invert, Not, UAdd, USub }
public enum CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

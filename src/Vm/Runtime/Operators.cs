namespace PyDbg.Vm.Runtime;

/// <summary>Binary operators with CPython 3.11's NB_* numbering (the BINARY_OP argument).
/// In-place variants are the plain value + 13.</summary>
public enum BinaryOperator
{
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatMul = 4, Multiply = 5, Remainder = 6,
    Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
    InplaceAdd = 13, InplaceAnd = 14, InplaceFloorDivide = 15, InplaceLShift = 16, InplaceMatMul = 17,
    InplaceMultiply = 18, InplaceRemainder = 19, InplaceOr = 20, InplacePower = 21, InplaceRShift = 22,
    InplaceSubtract = 23, InplaceTrueDivide = 24, InplaceXor = 25,
}

/// <summary>Rich comparison operators with CPython's Py_LT..Py_GE numbering (the COMPARE_OP argument).</summary>
public enum CompareOperator { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }

public enum UnaryOperator { Negative, Positive, Invert, Not }

public static class OperatorText
{
    private static readonly string[] Binary =
        { "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^" };
    private static readonly string[] Compare = { "<", "<=", "==", "!=", ">", ">=" };

    /// <summary>The operator's symbol as dis and error messages print it ("+", "+=", ...).</summary>
    public static string Symbol(BinaryOperator op) =>
        (int)op >= 13 ? Binary[(int)op - 13] + "=" : Binary[(int)op];

    public static string Symbol(CompareOperator op) => Compare[(int)op];

    /// <summary>The non-in-place operator for an in-place one (identity otherwise).</summary>
    public static BinaryOperator WithoutInplace(BinaryOperator op) => (int)op >= 13 ? op - 13 : op;
}

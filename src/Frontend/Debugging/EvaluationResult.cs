using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Debugging;

/// <summary>The outcome of evaluating an expression or running console input in a stopped frame.</summary>
/// <param name="Value">The expression's value (null for statements, or when it failed).</param>
/// <param name="Error">The Python error line ("NameError: name 'x' is not defined"), or null on success.</param>
/// <param name="Text">What a console shows: the value's repr (empty for statements and None results
/// of console input), or the error line.</param>
public sealed record EvaluationResult(PyObject? Value, string? Error, string Text)
{
    public bool Succeeded => Error is null;
}

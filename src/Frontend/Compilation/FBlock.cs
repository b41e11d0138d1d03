using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Bytecode;

namespace PyDbg.Frontend.Compilation;

/// <summary>CPython's frame-block kinds: what break/continue/return must unwind.</summary>
internal enum FBlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue, ExceptionHandler }

/// <summary>One active frame block: a loop (Start = continue target, Exit = break target) or a
/// construct whose cleanup must run when control leaves it early.</summary>
internal sealed record FBlock(FBlockKind Kind, Label Start, Label Exit, object? Datum = null);

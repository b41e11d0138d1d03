using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Execution;

namespace PyDbg.Vm.Debugging.Inspection;

/// <summary>One entry of a stopped thread's call stack, innermost first.</summary>
/// <param name="Depth">0 for the innermost frame.</param>
/// <param name="Name">The code's name ("f", "&lt;module&gt;", "&lt;listcomp&gt;").</param>
/// <param name="QualName">The code's qualified name ("C.method").</param>
/// <param name="Offset">The current instruction offset (2 * Ip, CPython's f_lasti).</param>
/// <param name="Span">The current instruction's source span (line, column, end line, end column).</param>
public sealed record FrameView(int Depth, Frame Frame, string Name, string QualName, CodeObject Code,
    int Offset, SourceSpan Span, string FileName)
{
    public int Line => Span.Line;
}

using PyDbg.Vm.Bytecode;

namespace PyDbg.Vm.Runtime;

/// <summary>One line of a traceback: a frame's file, function name and current source span.</summary>
public readonly record struct TracebackEntry(string FileName, string FunctionName, SourceSpan Span);

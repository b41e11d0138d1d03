using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Debugging;

/// <summary>Evaluates a Python expression in a frame (breakpoint conditions, logpoint parts).
/// Implemented by the inspection layer; a failed evaluation throws PyException.</summary>
public interface IFrameEvaluator
{
    PyObject Evaluate(Frame frame, string expression);
}

public enum StopReason { Entry, Step, Breakpoint, InstructionBreakpoint, FunctionBreakpoint, DataBreakpoint, Exception, Pause }

public enum StepGranularity { Line, Instruction }

/// <summary>Why and where the program thread stopped. Frame.Back links give the whole stack.</summary>
public sealed record StopEvent(StopReason Reason, Frame Frame, int Index, IReadOnlyList<int> BreakpointIds, PyBaseException? Exception)
{
    public CodeObject Code => Frame.Code;
    public string FileName => Frame.Code.FileName;
    public int Offset => Index * 2;
    public int Line => (uint)Index < (uint)Frame.Code.Positions.Length ? Frame.Code.Positions[Index].Line : 0;
    public override string ToString() => $"{Reason} {System.IO.Path.GetFileName(FileName)}:{Line} @{Offset}";
}

/// <summary>A requested source breakpoint (DAP SourceBreakpoint).</summary>
public sealed record LineBreakpointRequest(int Line, string? Condition = null, string? HitCondition = null, string? LogMessage = null);

/// <summary>A requested function breakpoint: a function's name or qualified name.</summary>
public sealed record FunctionBreakpointRequest(string Name, string? Condition = null, string? HitCondition = null);

/// <summary>A requested instruction breakpoint: an offset (2 * index) in a code object.</summary>
public sealed record InstructionBreakpointRequest(CodeObject Code, int Offset, string? Condition = null, string? HitCondition = null);

/// <summary>A data breakpoint on a variable: a local of <see cref="Frame"/> (any store to it in that
/// frame), or, when Frame is null, a global of the module namespace <see cref="Globals"/>.</summary>
public sealed record DataBreakpointRequest(string Name, Frame? Frame, PyDict? Globals = null, string? Condition = null, string? HitCondition = null);

/// <summary>The debugger's answer for one breakpoint (DAP Breakpoint).</summary>
public sealed record BreakpointInfo(int Id, bool Verified, int? Line, string? Message)
{
    public IReadOnlyList<CodeLocation> Locations { get; init; } = Array.Empty<CodeLocation>();
}

/// <summary>A logpoint's rendered message (<see cref="Debugger.Logpoint"/>): <paramref name="Text"/> is the
/// message without a trailing newline; <paramref name="Line"/> is the breakpoint's (resolved) line.</summary>
public sealed record LogpointMessage(int BreakpointId, string Text, string FileName, int Line);

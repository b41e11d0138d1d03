using System.Text.Json;
using PyDbg.DebugAdapter.Protocol;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// The requests that need the VM debugger (stepping, frames, variables, evaluation, ...). Their
/// arguments are already parsed and checked; until the debugger exists each one answers with a
/// clear error (the capabilities do not announce them, so a conforming client never asks).
/// </summary>
public sealed partial class DebugSession
{
    private static DapRequestException NotAvailable(string command)
        => new($"'{command}' is not available: the PyDbg debugger is not implemented yet (the program runs without stopping).", DapRequestException.Unsupported);

    private JsonElement? BreakpointLocations(BreakpointLocationsArguments args) => throw NotAvailable(Commands.BreakpointLocations);
    private JsonElement? ExceptionInfo(ExceptionInfoArguments args) => throw NotAvailable(Commands.ExceptionInfo);
    private JsonElement? SetInstructionBreakpoints(SetInstructionBreakpointsArguments args) => throw NotAvailable(Commands.SetInstructionBreakpoints);
    private JsonElement? DataBreakpointInfo(DataBreakpointInfoArguments args) => throw NotAvailable(Commands.DataBreakpointInfo);
    private JsonElement? SetDataBreakpoints(SetDataBreakpointsArguments args) => throw NotAvailable(Commands.SetDataBreakpoints);
    private JsonElement? StackTrace(StackTraceArguments args) => throw NotAvailable(Commands.StackTrace);
    private JsonElement? Scopes(ScopesArguments args) => throw NotAvailable(Commands.Scopes);
    private JsonElement? Variables(VariablesArguments args) => throw NotAvailable(Commands.Variables);
    private JsonElement? SetVariable(SetVariableArguments args) => throw NotAvailable(Commands.SetVariable);
    private JsonElement? SetExpression(SetExpressionArguments args) => throw NotAvailable(Commands.SetExpression);
    private JsonElement? Evaluate(EvaluateArguments args) => throw NotAvailable(Commands.Evaluate);
    private JsonElement? Completions(CompletionsArguments args) => throw NotAvailable(Commands.Completions);
    private JsonElement? Continue(ContinueArguments args) => throw NotAvailable(Commands.Continue);
    private JsonElement? Next(NextArguments args) => throw NotAvailable(Commands.Next);
    private JsonElement? StepIn(StepInArguments args) => throw NotAvailable(Commands.StepIn);
    private JsonElement? StepOut(StepOutArguments args) => throw NotAvailable(Commands.StepOut);
    private JsonElement? Pause(PauseArguments args) => throw NotAvailable(Commands.Pause);
    private JsonElement? GotoTargets(GotoTargetsArguments args) => throw NotAvailable(Commands.GotoTargets);
    private JsonElement? Goto(GotoArguments args) => throw NotAvailable(Commands.Goto);
    private JsonElement? RestartFrame(RestartFrameArguments args) => throw NotAvailable(Commands.RestartFrame);
    private JsonElement? Disassemble(DisassembleArguments args) => throw NotAvailable(Commands.Disassemble);
}

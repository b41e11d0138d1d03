using System.Text.Json;
using PyDbg.DebugAdapter.Protocol;

namespace PyDbg.DebugAdapter.Session;

/// <summary>The dispatcher: one method per DAP request.</summary>
public sealed partial class DebugSession
{
    private static readonly DapJsonContext Json = DapJsonContext.Default;

    private JsonElement? Dispatch(Request r)
    {
        if (!_initialized && r.Command != Commands.Initialize && r.Command != Commands.Disconnect)
        {
            if (!IsKnown(r.Command)) throw UnknownCommand(r.Command);
            throw new DapRequestException($"The '{r.Command}' request came before 'initialize'; the client must send 'initialize' first.", DapRequestException.WrongState);
        }
        return r.Command switch
        {
            Commands.Initialize => Initialize(Arguments(r, Json.InitializeRequestArguments)),
            Commands.Launch => Launch(Arguments(r, Json.PyDbgLaunchRequestArguments)),
            Commands.Attach => Attach(Arguments(r, Json.AttachRequestArguments)),
            Commands.ConfigurationDone => ConfigurationDone(Arguments(r, Json.ConfigurationDoneArguments)),
            Commands.SetBreakpoints => SetBreakpoints(Arguments(r, Json.SetBreakpointsArguments)),
            Commands.BreakpointLocations => BreakpointLocations(Arguments(r, Json.BreakpointLocationsArguments)),
            Commands.SetFunctionBreakpoints => SetFunctionBreakpoints(Arguments(r, Json.SetFunctionBreakpointsArguments)),
            Commands.SetExceptionBreakpoints => SetExceptionBreakpoints(Arguments(r, Json.SetExceptionBreakpointsArguments)),
            Commands.ExceptionInfo => ExceptionInfo(Arguments(r, Json.ExceptionInfoArguments)),
            Commands.SetInstructionBreakpoints => SetInstructionBreakpoints(Arguments(r, Json.SetInstructionBreakpointsArguments)),
            Commands.DataBreakpointInfo => DataBreakpointInfo(Arguments(r, Json.DataBreakpointInfoArguments)),
            Commands.SetDataBreakpoints => SetDataBreakpoints(Arguments(r, Json.SetDataBreakpointsArguments)),
            Commands.Threads => Threads(),
            Commands.StackTrace => StackTrace(Arguments(r, Json.StackTraceArguments)),
            Commands.Scopes => Scopes(Arguments(r, Json.ScopesArguments)),
            Commands.Variables => Variables(Arguments(r, Json.VariablesArguments)),
            Commands.SetVariable => SetVariable(Arguments(r, Json.SetVariableArguments)),
            Commands.SetExpression => SetExpression(Arguments(r, Json.SetExpressionArguments)),
            Commands.Evaluate => Evaluate(Arguments(r, Json.EvaluateArguments)),
            Commands.Completions => Completions(Arguments(r, Json.CompletionsArguments)),
            Commands.Continue => Continue(Arguments(r, Json.ContinueArguments)),
            Commands.Next => Next(Arguments(r, Json.NextArguments)),
            Commands.StepIn => StepIn(Arguments(r, Json.StepInArguments)),
            Commands.StepOut => StepOut(Arguments(r, Json.StepOutArguments)),
            Commands.Pause => Pause(Arguments(r, Json.PauseArguments)),
            Commands.GotoTargets => GotoTargets(Arguments(r, Json.GotoTargetsArguments)),
            Commands.Goto => Goto(Arguments(r, Json.GotoArguments)),
            Commands.RestartFrame => RestartFrame(Arguments(r, Json.RestartFrameArguments)),
            Commands.Disassemble => Disassemble(Arguments(r, Json.DisassembleArguments)),
            Commands.Source => Source(Arguments(r, Json.SourceArguments)),
            Commands.LoadedSources => LoadedSources(Arguments(r, Json.LoadedSourcesArguments)),
            Commands.Terminate => Terminate(Arguments(r, Json.TerminateArguments)),
            Commands.Disconnect => Disconnect(Arguments(r, Json.DisconnectArguments)),
            Commands.Restart => Restart(Arguments(r, Json.RestartArguments)),
            _ => throw UnknownCommand(r.Command),
        };
    }

    private static bool IsKnown(string command) => command is Commands.Initialize or Commands.Launch or Commands.Attach
        or Commands.ConfigurationDone or Commands.SetBreakpoints or Commands.BreakpointLocations
        or Commands.SetFunctionBreakpoints or Commands.SetExceptionBreakpoints or Commands.ExceptionInfo
        or Commands.SetInstructionBreakpoints or Commands.DataBreakpointInfo or Commands.SetDataBreakpoints
        or Commands.Threads or Commands.StackTrace or Commands.Scopes or Commands.Variables or Commands.SetVariable
        or Commands.SetExpression or Commands.Evaluate or Commands.Completions or Commands.Continue or Commands.Next
        or Commands.StepIn or Commands.StepOut or Commands.Pause or Commands.GotoTargets or Commands.Goto
        or Commands.RestartFrame or Commands.Disassemble or Commands.Source or Commands.LoadedSources
        or Commands.Terminate or Commands.Disconnect or Commands.Restart;

    /// <summary>The answer of a request whose feature is not built (its capability is not announced).</summary>
    private static DapRequestException NotAvailable(string command)
        => new($"'{command}' is not available in this version of the PyDbg adapter.", DapRequestException.Unsupported);

    // Each owner file connects its part of the session to the VM debugger runtime (at initialize)
    // and announces the capabilities it implements.
    partial void AddBreakpointCapabilities(Capabilities c, RuntimeFeatures features);
    partial void AddExecutionCapabilities(Capabilities c, RuntimeFeatures features);
    partial void AddEvaluationCapabilities(Capabilities c, RuntimeFeatures features);
    partial void AttachBreakpoints(VmDebugRuntime runtime);
    partial void AttachExecution(VmDebugRuntime runtime);
    partial void AttachEvaluation(VmDebugRuntime runtime);

    private static DapRequestException UnknownCommand(string command)
        => new($"Unknown request '{command}': the PyDbg adapter does not support it.", DapRequestException.UnknownCommand);
}

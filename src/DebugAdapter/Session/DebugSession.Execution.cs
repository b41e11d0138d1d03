using System.Text.Json;
using PyDbg.DebugAdapter.Protocol;

namespace PyDbg.DebugAdapter.Session;

/// <summary>Running and stopping (continue, next, stepIn, stepOut, pause, the stopped and continued
/// events) and inspection while stopped (stackTrace, scopes, variables, setVariable).</summary>
public sealed partial class DebugSession
{
    partial void AddExecutionCapabilities(Capabilities c, RuntimeFeatures features)
    {
    }

    partial void AttachExecution(VmDebugRuntime runtime)
    {
    }

    private JsonElement? StackTrace(StackTraceArguments args) => throw NotAvailable(Commands.StackTrace);
    private JsonElement? Scopes(ScopesArguments args) => throw NotAvailable(Commands.Scopes);
    private JsonElement? Variables(VariablesArguments args) => throw NotAvailable(Commands.Variables);
    private JsonElement? SetVariable(SetVariableArguments args) => throw NotAvailable(Commands.SetVariable);
    private JsonElement? Continue(ContinueArguments args) => throw NotAvailable(Commands.Continue);
    private JsonElement? Next(NextArguments args) => throw NotAvailable(Commands.Next);
    private JsonElement? StepIn(StepInArguments args) => throw NotAvailable(Commands.StepIn);
    private JsonElement? StepOut(StepOutArguments args) => throw NotAvailable(Commands.StepOut);
    private JsonElement? Pause(PauseArguments args) => throw NotAvailable(Commands.Pause);
}

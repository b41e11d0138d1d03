using System.Text.Json;
using PyDbg.DebugAdapter.Protocol;

namespace PyDbg.DebugAdapter.Session;

/// <summary>Evaluation in a frame (evaluate, setExpression, completions) and frame control
/// (gotoTargets, goto, restartFrame).</summary>
public sealed partial class DebugSession
{
    partial void AddEvaluationCapabilities(Capabilities c, RuntimeFeatures features)
    {
    }

    partial void AttachEvaluation(VmDebugRuntime runtime)
    {
    }

    private JsonElement? SetExpression(SetExpressionArguments args) => throw NotAvailable(Commands.SetExpression);
    private JsonElement? Evaluate(EvaluateArguments args) => throw NotAvailable(Commands.Evaluate);
    private JsonElement? Completions(CompletionsArguments args) => throw NotAvailable(Commands.Completions);
    private JsonElement? GotoTargets(GotoTargetsArguments args) => throw NotAvailable(Commands.GotoTargets);
    private JsonElement? Goto(GotoArguments args) => throw NotAvailable(Commands.Goto);
    private JsonElement? RestartFrame(RestartFrameArguments args) => throw NotAvailable(Commands.RestartFrame);
}

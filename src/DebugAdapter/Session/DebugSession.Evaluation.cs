using System.Text.Json;
using PyDbg.DebugAdapter.Protocol;
using PyDbg.Frontend.Debugging;
using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Execution;

namespace PyDbg.DebugAdapter.Session;

/// <summary>Evaluation in a frame (evaluate, setExpression, completions) and frame control
/// (gotoTargets, goto, restartFrame). Everything runs on the stopped program thread
/// (VmDebugRuntime.Invoke) with breakpoints suppressed; a running program gets a clear error.
/// An evaluation error answers success=false with the Python error line as the message.</summary>
public sealed partial class DebugSession
{
    /// <summary>The debugger runtime (set at initialize by AttachBreakpoints). Declared here because
    /// the dapexec and dapbp merges each left the declaration to the other file.</summary>
    private VmDebugRuntime? _vm;

    partial void AddEvaluationCapabilities(Capabilities c, RuntimeFeatures features)
    {
        if (_runtime is not VmDebugRuntime) return;
        c.SupportsEvaluateForHovers = true;
        c.SupportsClipboardContext = true;
        c.SupportsSetExpression = true;
        c.SupportsCompletionsRequest = true;
        c.CompletionTriggerCharacters = new List<string> { "." };
        c.SupportsGotoTargetsRequest = true;
        c.SupportsRestartFrame = true;
    }

    partial void AttachEvaluation(VmDebugRuntime runtime)
    {
        // JIT-compile the parser, compiler, dispatch loop and evaluator while the client configures
        // (a fresh adapter process otherwise spends most of its launch doing it).
        if (WarmUpAtInitialize) EvaluatorWarmUp.Start();
    }

    /// <summary>Whether initialize starts the background warm-up (off with $PYDBG_NO_WARMUP set).</summary>
    public static bool WarmUpAtInitialize { get; set; } = Environment.GetEnvironmentVariable("PYDBG_NO_WARMUP") is null;

    /// <summary>The error of a failed evaluation (the Python error line).</summary>
    private static DapRequestException EvaluationError(string line) => new(line, DapRequestException.GenericId);

    private JsonElement? Evaluate(EvaluateArguments args)
    {
        var vm = StoppedProgram(Commands.Evaluate);
        var context = args.Context;
        if (context is not (null or EvaluateArguments.ContextValues.Watch or EvaluateArguments.ContextValues.Repl
            or EvaluateArguments.ContextValues.Hover or EvaluateArguments.ContextValues.Clipboard or EvaluateArguments.ContextValues.Variables))
        {
            // Unknown contexts are allowed by the protocol: treat them as watch expressions.
            context = EvaluateArguments.ContextValues.Watch;
        }
        var withType = _client?.SupportsVariableType == true;
        var expression = args.Expression;
        return vm.Invoke(() =>
        {
            var frame = vm.EvaluationFrame(args.FrameId);
            var isRepl = context == EvaluateArguments.ContextValues.Repl;
            var result = isRepl ? vm.Evaluator.Execute(frame, expression) : vm.Evaluator.Evaluate(frame, expression);
            // Output the input printed comes before the response.
            vm.FlushOutput();
            if (result.Error is { } error) throw EvaluationError(error);
            if (result.Value is not { } value || (isRepl && result.Text.Length == 0))
                return Body(new EvaluateResponseBody { Result = result.Text, VariablesReference = 0 }, Json.EvaluateResponseBody);
            var described = vm.DescribeResult(frame, expression, value);
            var text = context == EvaluateArguments.ContextValues.Clipboard
                ? ValueFormatter.SafeRepr(value, int.MaxValue)
                : described.Value;
            return Body(new EvaluateResponseBody
            {
                Result = text,
                Type = withType ? described.TypeName : null,
                VariablesReference = described.VariablesReference,
                IndexedVariables = IndexedCountOf(described),
                NamedVariables = NamedCountOf(described),
            }, Json.EvaluateResponseBody);
        });
    }

    private JsonElement? SetExpression(SetExpressionArguments args)
    {
        var vm = StoppedProgram(Commands.SetExpression);
        var withType = _client?.SupportsVariableType == true;
        return vm.Invoke(() =>
        {
            var frame = vm.EvaluationFrame(args.FrameId);
            var result = vm.Evaluator.Assign(frame, args.Expression, args.Value);
            vm.FlushOutput();
            if (result.Error is { } error) throw EvaluationError(error);
            var described = vm.DescribeResult(frame, args.Expression, result.Value!);
            return Body(new SetExpressionResponseBody
            {
                Value = described.Value,
                Type = withType ? described.TypeName : null,
                VariablesReference = described.VariablesReference,
                IndexedVariables = IndexedCountOf(described),
                NamedVariables = NamedCountOf(described),
            }, Json.SetExpressionResponseBody);
        });
    }

    private JsonElement? Completions(CompletionsArguments args)
    {
        var vm = StoppedProgram(Commands.Completions);
        var columnsFrom1 = _client?.ColumnsStartAt1 != false;
        var linesFrom1 = _client?.LinesStartAt1 != false;
        // The line of a multi-line text the column refers to (the first line when not given).
        var lines = args.Text.Split('\n');
        var lineIndex = args.Line is { } l ? (linesFrom1 ? l - 1 : l) : 0;
        if (lineIndex < 0 || lineIndex >= lines.Length)
            throw new DapRequestException($"'completions': line {args.Line} is outside the text ({lines.Length} line(s)).", DapRequestException.BadArguments);
        var text = lines[lineIndex].TrimEnd('\r');
        var cursor = columnsFrom1 ? args.Column - 1 : args.Column;
        if (cursor < 0 || cursor > text.Length)
            throw new DapRequestException($"'completions': column {args.Column} is outside the text.", DapRequestException.BadArguments);
        return vm.Invoke(() =>
        {
            var frame = vm.EvaluationFrame(args.FrameId);
            var targets = new List<CompletionItem>();
            foreach (var c in Frontend.Debugging.Completions.For(vm.Evaluator, frame, text, cursor))
            {
                targets.Add(new CompletionItem
                {
                    Label = c.Label,
                    Text = c.Label,
                    Type = c.Kind,
                    Start = columnsFrom1 ? c.Start + 1 : c.Start,
                    Length = c.Length,
                });
            }
            vm.FlushOutput();
            return Body(new CompletionsResponseBody { Targets = targets }, Json.CompletionsResponseBody);
        });
    }

    // ------------------------------------------------------------------ frame control

    private JsonElement? GotoTargets(GotoTargetsArguments args)
    {
        var vm = StoppedProgram(Commands.GotoTargets);
        var path = args.Source.Path;
        var linesFrom1 = _client?.LinesStartAt1 != false;
        var columnsFrom1 = _client?.ColumnsStartAt1 != false;
        var line = linesFrom1 ? args.Line : args.Line + 1;
        return vm.Invoke(() =>
        {
            var stop = vm.CurrentStop ?? throw new DapRequestException(VmDebugRuntime.NotStoppedMessage, DapRequestException.WrongState);
            var frame = stop.Frame;
            var targets = new List<GotoTarget>();
            if (path is null || SamePath(frame.Code.FileName, path))
            {
                foreach (var target in JumpCandidates(frame, line))
                {
                    var span = target.Span;
                    var file = frame.Code.FileName;
                    var goTo = new GotoTarget
                    {
                        Id = vm.AddGotoTarget(frame, target.InstructionIndex, target.Line),
                        Label = "line " + target.Line,
                        Line = linesFrom1 ? target.Line : target.Line - 1,
                        InstructionPointerReference = vm.Addresses.Of(frame.Code, target.Offset),
                    };
                    if (span.Line > 0)
                    {
                        var column = _sources.Column(file, span.Line, span.Column) - 1;
                        goTo.Column = columnsFrom1 ? column + 1 : column;
                        if (span.EndLine > 0)
                        {
                            var endColumn = _sources.Column(file, span.EndLine, span.EndColumn) - 1;
                            goTo.EndLine = linesFrom1 ? span.EndLine : span.EndLine - 1;
                            goTo.EndColumn = columnsFrom1 ? endColumn + 1 : endColumn;
                        }
                    }
                    targets.Add(goTo);
                }
            }
            return Body(new GotoTargetsResponseBody { Targets = targets }, Json.GotoTargetsResponseBody);
        });
    }

    /// <summary>One target per line: for <paramref name="line"/> (or, when it has no code, the next
    /// line that has), its first instruction the frame can jump to, else its first instruction (goto
    /// then answers FrameJumper's refusal, e.g. "can't jump into the body of a for loop").</summary>
    private static List<JumpTarget> JumpCandidates(Frame frame, int line)
    {
        var code = frame.Code;
        var starts = FrameJumper.LineStarts(code);
        var wanted = -1;
        foreach (var (_, l) in starts)
            if (l == line) { wanted = line; break; }
        if (wanted < 0)
        {
            var best = int.MaxValue;
            foreach (var (_, l) in starts)
                if (l > line && l < best) best = l;
            if (best != int.MaxValue) wanted = best;
        }
        var result = new List<JumpTarget>();
        if (wanted < 0) return result;
        var first = -1;
        var valid = -1;
        foreach (var (index, l) in starts)
        {
            if (l != wanted) continue;
            if (first < 0) first = index;
            if (valid < 0 && FrameJumper.Check(frame, index) is null) valid = index;
        }
        var chosen = valid >= 0 ? valid : first;
        result.Add(new JumpTarget(wanted, chosen, code.Positions[chosen]));
        return result;
    }

    private static bool SamePath(string a, string b)
    {
        try { return string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return a == b; }
    }

    private JsonElement? Goto(GotoArguments args)
    {
        CheckThread(args.ThreadId);
        var vm = StoppedProgram(Commands.Goto);
        var target = vm.GotoTarget(args.TargetId)
            ?? throw new DapRequestException($"Unknown goto target {args.TargetId}: targets are valid only while the program stays stopped (ask 'gotoTargets' again).", DapRequestException.BadArguments);
        var error = vm.Invoke(() => vm.JumpFrame(target.Frame, target.Index));
        if (error is not null) throw new DapRequestException($"Cannot jump to line {target.Line}: {error}.", DapRequestException.BadArguments);
        AfterResponse(() => SendFrameControlStop(vm, StoppedEventBody.ReasonValues.Goto, "Paused after goto"));
        return null;
    }

    /// <summary>The reason of the stopped event after restartFrame (the schema's restartFrame text).</summary>
    public const string RestartStopReason = "restart";

    private JsonElement? RestartFrame(RestartFrameArguments args)
    {
        var vm = StoppedProgram(Commands.RestartFrame);
        var error = vm.Invoke(() =>
        {
            var frame = vm.FrameById(args.FrameId)
                ?? throw new DapRequestException($"Unknown frameId {args.FrameId}: frame ids are valid only while the program stays stopped (ask 'stackTrace' again).", DapRequestException.BadArguments);
            return vm.RestartFrame(frame);
        });
        if (error is not null) throw new DapRequestException($"Cannot restart the frame: {error}.", DapRequestException.BadArguments);
        AfterResponse(() => SendFrameControlStop(vm, RestartStopReason, "Paused after restart frame"));
        return null;
    }

    /// <summary>After goto/restartFrame: the program is stopped at its new location; the frames and
    /// references of the old location are forgotten and the client is told with a stopped event.</summary>
    private void SendFrameControlStop(VmDebugRuntime vm, string reason, string description)
    {
        vm.ForgetStopState();
        SendEvent(EventNames.Stopped, new StoppedEventBody
        {
            Reason = reason,
            Description = description,
            ThreadId = MainThreadId,
            AllThreadsStopped = true,
        }, Json.StoppedEventBody);
    }
}

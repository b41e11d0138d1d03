using System.Text.Json;
using PyDbg.DebugAdapter.Protocol;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Debugging.Inspection;

namespace PyDbg.DebugAdapter.Session;

/// <summary>Running and stopping (continue, next, stepIn, stepOut, pause, the stopped and continued
/// events) and inspection while stopped (stackTrace, scopes, variables, setVariable).
/// Resume commands answer first and then release the program (so the response always comes
/// before the next stopped event); frame ids and variable references die with the stop.
/// Breakpoint ids: hitBreakpointIds are the Debugger's BreakpointInfo.Id values, which the
/// breakpoint requests (DebugSession.Breakpoints.cs) use as DAP breakpoint ids too.</summary>
public sealed partial class DebugSession
{
    /// <summary>The only thread of a program (DAP thread id).</summary>
    public const int MainThreadId = 1;

    private volatile bool _hasStopped;

    partial void AddExecutionCapabilities(Capabilities c, RuntimeFeatures features)
    {
        if (_runtime is not VmDebugRuntime) return;
        c.SupportsDelayedStackTraceLoading = true;
        c.SupportsSetVariable = true;
        c.SupportsSteppingGranularity = true;
        c.SupportsRestartRequest = true;
    }

    partial void AttachExecution(VmDebugRuntime runtime)
    {
        runtime.Debugger.Stopped += stop => OnStopped(runtime, stop);
    }

    /// <summary>On the program thread, as it stops: its output first, then the stopped event
    /// (preceded by a continued event when it had resumed without a request of the client).</summary>
    private void OnStopped(VmDebugRuntime runtime, StopEvent stop)
    {
        runtime.FlushOutput();
        if (_stopRequested || !ReferenceEquals(runtime, _runtime)) return;
        if (_hasStopped && !runtime.TakeResumeRequested())
            SendEvent(EventNames.Continued, new ContinuedEventBody { ThreadId = MainThreadId, AllThreadsContinued = true }, Json.ContinuedEventBody);
        _hasStopped = true;
        List<int>? ids = stop.BreakpointIds.Count > 0 ? new List<int>(stop.BreakpointIds) : null;
        SendEvent(EventNames.Stopped, new StoppedEventBody
        {
            Reason = StopReasonName(stop.Reason),
            Description = StopDescription(stop.Reason),
            Text = stop.Exception is { } e ? ExceptionTypeName(e) : null,
            ThreadId = MainThreadId,
            AllThreadsStopped = true,
            HitBreakpointIds = ids,
        }, Json.StoppedEventBody);
    }

    /// <summary>The DAP reason of a stop (the schema's StoppedEvent reason strings).</summary>
    public static string StopReasonName(StopReason reason) => reason switch
    {
        StopReason.Entry => StoppedEventBody.ReasonValues.Entry,
        StopReason.Step => StoppedEventBody.ReasonValues.Step,
        StopReason.Breakpoint => StoppedEventBody.ReasonValues.Breakpoint,
        StopReason.InstructionBreakpoint => StoppedEventBody.ReasonValues.InstructionBreakpoint,
        StopReason.FunctionBreakpoint => StoppedEventBody.ReasonValues.FunctionBreakpoint,
        StopReason.DataBreakpoint => StoppedEventBody.ReasonValues.DataBreakpoint,
        StopReason.Exception => StoppedEventBody.ReasonValues.Exception,
        StopReason.Pause => StoppedEventBody.ReasonValues.Pause,
        _ => StoppedEventBody.ReasonValues.Step,
    };

    private static string StopDescription(StopReason reason) => reason switch
    {
        StopReason.Entry => "Paused on entry",
        StopReason.Step => "Paused after step",
        StopReason.Breakpoint => "Paused on breakpoint",
        StopReason.InstructionBreakpoint => "Paused on instruction breakpoint",
        StopReason.FunctionBreakpoint => "Paused on function breakpoint",
        StopReason.DataBreakpoint => "Paused on data breakpoint",
        StopReason.Exception => "Paused on exception",
        StopReason.Pause => "Paused",
        _ => "Paused",
    };

    private static string ExceptionTypeName(Vm.Runtime.PyBaseException e)
    {
        var type = e.Type;
        return type.Module is "builtins" or "__main__" or null ? type.QualName : type.Module + "." + type.QualName;
    }

    // ------------------------------------------------------------------ state checks

    /// <summary>The debugger runtime of a launched debug run, or a clear error.</summary>
    private VmDebugRuntime DebuggedProgram(string command)
    {
        if (!_launched || _runtime is null)
            throw new DapRequestException($"'{command}' needs a program: 'launch' has not been sent.", DapRequestException.WrongState);
        if (_runtime is not VmDebugRuntime vm || vm.IsRunOnly)
            throw new DapRequestException($"'{command}' is not available: the program runs without the debugger (noDebug, or engine \"ast\").", DapRequestException.WrongState);
        if (!vm.HasStarted)
            throw new DapRequestException($"'{command}' needs a running program: it starts after 'configurationDone'.", DapRequestException.WrongState);
        return vm;
    }

    /// <summary>The runtime of a program that is stopped now, or a clear error.</summary>
    private VmDebugRuntime StoppedProgram(string command)
    {
        var vm = DebuggedProgram(command);
        if (vm.CurrentStop is null)
        {
            if (vm.HasExited)
                throw new DapRequestException($"'{command}' needs a stopped program: the program has ended.", DapRequestException.WrongState);
            throw new DapRequestException($"'{command}' needs a stopped program: the program is running (send 'pause' first).", DapRequestException.WrongState);
        }
        return vm;
    }

    private static void CheckThread(int threadId)
    {
        if (threadId != MainThreadId)
            throw new DapRequestException($"Unknown thread id {threadId}: the program has one thread (id {MainThreadId}).", DapRequestException.BadArguments);
    }

    private static StepGranularity Granularity(string? granularity) => granularity switch
    {
        null or SteppingGranularity.Line or SteppingGranularity.Statement => StepGranularity.Line,
        SteppingGranularity.Instruction => StepGranularity.Instruction,
        _ => throw new DapRequestException($"Unknown stepping granularity '{granularity}' (use \"statement\", \"line\" or \"instruction\").", DapRequestException.BadArguments),
    };

    /// <summary>Answers first, then forgets the stop's ids and resumes the program.</summary>
    private void ResumeAfterResponse(VmDebugRuntime vm, Func<Debugger, bool> resume)
    {
        AfterResponse(() => vm.ResumeForRequest(resume));
    }

    // ------------------------------------------------------------------ running and stopping

    private JsonElement? Continue(ContinueArguments args)
    {
        CheckThread(args.ThreadId);
        var vm = StoppedProgram(Commands.Continue);
        ResumeAfterResponse(vm, d => d.Continue());
        return Body(new ContinueResponseBody { AllThreadsContinued = true }, Json.ContinueResponseBody);
    }

    private JsonElement? Next(NextArguments args)
    {
        CheckThread(args.ThreadId);
        var granularity = Granularity(args.Granularity);
        var vm = StoppedProgram(Commands.Next);
        ResumeAfterResponse(vm, d => d.StepOver(granularity));
        return null;
    }

    private JsonElement? StepIn(StepInArguments args)
    {
        CheckThread(args.ThreadId);
        var granularity = Granularity(args.Granularity);
        var vm = StoppedProgram(Commands.StepIn);
        ResumeAfterResponse(vm, d => d.StepIn(granularity));
        return null;
    }

    private JsonElement? StepOut(StepOutArguments args)
    {
        CheckThread(args.ThreadId);
        var granularity = Granularity(args.Granularity);
        var vm = StoppedProgram(Commands.StepOut);
        ResumeAfterResponse(vm, d => d.StepOut(granularity));
        return null;
    }

    private JsonElement? Pause(PauseArguments args)
    {
        CheckThread(args.ThreadId);
        var vm = DebuggedProgram(Commands.Pause);
        if (vm.HasExited)
            throw new DapRequestException("'pause' needs a running program: the program has ended.", DapRequestException.WrongState);
        // Already stopped: nothing to do (the client has its stopped event).
        if (vm.CurrentStop is null) AfterResponse(() => vm.Debugger.Pause());
        return null;
    }

    // ------------------------------------------------------------------ inspection

    private JsonElement? StackTrace(StackTraceArguments args)
    {
        CheckThread(args.ThreadId);
        var vm = StoppedProgram(Commands.StackTrace);
        var start = Math.Max(0, args.StartFrame ?? 0);
        var levels = Math.Max(0, args.Levels ?? 0);
        var linesFrom1 = _client?.LinesStartAt1 != false;
        var columnsFrom1 = _client?.ColumnsStartAt1 != false;
        var restartable = _capabilities?.SupportsRestartFrame == true;
        return vm.Invoke(() =>
        {
            var stop = vm.CurrentStop ?? throw new DapRequestException(VmDebugRuntime.NotStoppedMessage, DapRequestException.WrongState);
            var stack = FrameInspector.Stack(stop);
            var frames = new List<StackFrame>();
            var end = levels == 0 ? stack.Count : Math.Min(stack.Count, start + levels);
            for (var i = start; i < end; i++)
            {
                var view = stack[i];
                var code = view.Code;
                var span = view.Span;
                var file = code.FileName;
                var frame = new StackFrame
                {
                    Id = vm.FrameId(view.Frame),
                    Name = view.QualName,
                    Line = 0,
                    Column = 0,
                    InstructionPointerReference = vm.Addresses.Of(code, view.Offset),
                    CanRestart = restartable ? FrameRestarter.Check(view.Frame) is null : null,
                };
                if (span.Line > 0)
                {
                    var column = _sources.Column(file, span.Line, span.Column) - 1;
                    frame.Line = linesFrom1 ? span.Line : span.Line - 1;
                    frame.Column = columnsFrom1 ? column + 1 : column;
                    if (span.EndLine > 0)
                    {
                        var endColumn = _sources.Column(file, span.EndLine, span.EndColumn) - 1;
                        frame.EndLine = linesFrom1 ? span.EndLine : span.EndLine - 1;
                        frame.EndColumn = columnsFrom1 ? endColumn + 1 : endColumn;
                    }
                }
                frame.Source = file.StartsWith('<') ? new Protocol.Source { Name = file, PresentationHint = Protocol.Source.PresentationHintValues.Deemphasize }
                    : new Protocol.Source { Name = Path.GetFileName(file), Path = file };
                frames.Add(frame);
            }
            return Body(new StackTraceResponseBody { StackFrames = frames, TotalFrames = stack.Count }, Json.StackTraceResponseBody);
        });
    }

    /// <summary>Scope names.</summary>
    public const string LocalsScope = "Locals", GlobalsScope = "Globals", OperandStackScope = "Operand Stack";

    private JsonElement? Scopes(ScopesArguments args)
    {
        var vm = StoppedProgram(Commands.Scopes);
        return vm.Invoke(() =>
        {
            var frame = vm.FrameById(args.FrameId)
                ?? throw new DapRequestException($"Unknown frameId {args.FrameId}: frame ids are valid only while the program stays stopped (ask 'stackTrace' again).", DapRequestException.BadArguments);
            var scopes = new List<Scope>
            {
                new()
                {
                    Name = LocalsScope,
                    PresentationHint = Scope.PresentationHintValues.Locals,
                    VariablesReference = vm.ScopeReference(frame, ScopeKind.Locals),
                    NamedVariables = FrameInspector.Locals(frame).Count,
                    Expensive = false,
                },
                new()
                {
                    Name = GlobalsScope,
                    VariablesReference = vm.ScopeReference(frame, ScopeKind.Globals),
                    NamedVariables = FrameInspector.Globals(frame).Count,
                    Expensive = false,
                },
                new()
                {
                    Name = OperandStackScope,
                    PresentationHint = Scope.PresentationHintValues.Registers,
                    VariablesReference = vm.ScopeReference(frame, ScopeKind.OperandStack),
                    IndexedVariables = FrameInspector.OperandStack(frame).Length,
                    Expensive = false,
                },
            };
            return Body(new ScopesResponseBody { Scopes = scopes }, Json.ScopesResponseBody);
        });
    }

    private JsonElement? Variables(VariablesArguments args)
    {
        var vm = StoppedProgram(Commands.Variables);
        var filter = args.Filter;
        if (filter is not (null or VariablesArguments.FilterValues.Indexed or VariablesArguments.FilterValues.Named))
            throw new DapRequestException($"Unknown variables filter '{filter}' (use \"indexed\" or \"named\").", DapRequestException.BadArguments);
        var start = Math.Max(0, args.Start ?? 0);
        var count = Math.Max(0, args.Count ?? 0);
        var withType = _client?.SupportsVariableType == true;
        return vm.Invoke(() =>
        {
            CheckReference(vm, args.VariablesReference);
            var variables = new List<Protocol.Variable>();
            foreach (var child in vm.Children(args.VariablesReference, filter, start, count))
                variables.Add(ToDap(child.Variable, child.EvaluateName, child.IsVirtual, withType));
            return Body(new VariablesResponseBody { Variables = variables }, Json.VariablesResponseBody);
        });
    }

    private static void CheckReference(VmDebugRuntime vm, int reference)
    {
        if (!vm.Handles.IsValid(reference))
            throw new DapRequestException($"Unknown variablesReference {reference}: references are valid only while the program stays stopped.", DapRequestException.BadArguments);
    }

    private static Protocol.Variable ToDap(Vm.Debugging.Inspection.Variable v, string? evaluateName, bool isVirtual, bool withType) => new()
    {
        Name = v.Name,
        Value = v.Value,
        Type = withType ? v.TypeName : null,
        EvaluateName = evaluateName,
        VariablesReference = v.VariablesReference,
        IndexedVariables = IndexedCountOf(v),
        NamedVariables = NamedCountOf(v),
        PresentationHint = isVirtual ? new VariablePresentationHint { Kind = VariablePresentationHint.KindValues.Virtual } : null,
    };

    private JsonElement? SetVariable(SetVariableArguments args)
    {
        var vm = StoppedProgram(Commands.SetVariable);
        var withType = _client?.SupportsVariableType == true;
        return vm.Invoke(() =>
        {
            CheckReference(vm, args.VariablesReference);
            if (vm.Handles.TryGetScope(args.VariablesReference, out _, out var kind) && kind == ScopeKind.OperandStack)
                throw new DapRequestException("The operand stack cannot be modified.", DapRequestException.BadArguments);
            var frame = vm.FrameOf(args.VariablesReference)
                ?? throw new DapRequestException(VmDebugRuntime.NotStoppedMessage, DapRequestException.WrongState);
            var evaluated = vm.Evaluator.Evaluate(frame, args.Value);
            if (evaluated.Error is { } error) throw new DapRequestException(error, DapRequestException.BadArguments);
            var updated = VariableSetter.SetChild(vm.Handles, args.VariablesReference, args.Name, evaluated.Value!, out var setError)
                ?? throw new DapRequestException(setError ?? "The variable cannot be set.", DapRequestException.BadArguments);
            var parentIsScope = vm.Handles.TryGetScope(args.VariablesReference, out _, out _);
            var evaluateName = VmDebugRuntime.EvaluateName(vm.InfoOf(args.VariablesReference)?.Expression, parentIsScope,
                vm.Handles.GetObject(args.VariablesReference), args.Name);
            vm.NoteChild(args.VariablesReference, updated, evaluateName);
            return Body(new SetVariableResponseBody
            {
                Value = updated.Value,
                Type = withType ? updated.TypeName : null,
                VariablesReference = updated.VariablesReference,
                IndexedVariables = IndexedCountOf(updated),
                NamedVariables = NamedCountOf(updated),
            }, Json.SetVariableResponseBody);
        });
    }

    /// <summary>DAP's indexedVariables/namedVariables of a value: absent when there are none.</summary>
    private static int? IndexedCountOf(Vm.Debugging.Inspection.Variable v) => v.IndexedCount > 0 ? v.IndexedCount : null;

    private static int? NamedCountOf(Vm.Debugging.Inspection.Variable v) => v.VariablesReference != 0 && v.NamedCount > 0 ? v.NamedCount : null;
}

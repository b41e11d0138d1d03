using PyDbg.Frontend.Debugging;
using PyDbg.Frontend.Engines;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Execution;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// The runtime of a debug session: the program compiled and run by a <see cref="DebugRun"/> on the
/// bytecode VM with a <see cref="Vm.Debugging.Debugger"/> attached. It speaks in runtime terms
/// (1-based lines, frames, handles) and knows nothing of DAP; the session's partial files translate.
/// CONTRACT (used by DebugSession.Breakpoints/Execution/Evaluation.cs): the members below keep
/// their signatures; add members in partial files (VmDebugRuntime.*.cs) freely.
/// </summary>
public sealed partial class VmDebugRuntime : IDebugRuntime
{
    private readonly ProgramRunnerRuntime _runOnly = new();

    public VmDebugRuntime()
    {
        Evaluator = new FrameEvaluator();
        Debugger = new Debugger(Evaluator);
        // First subscriber: a logpoint's message follows the program output written before it.
        Debugger.Logpoint += _ => FlushOutput();
    }

    /// <summary>The debugger of the program thread (breakpoints, stepping, stop events).</summary>
    public Debugger Debugger { get; }

    /// <summary>Evaluates expressions and console input in a stopped frame (on the program thread).</summary>
    public FrameEvaluator Evaluator { get; }

    /// <summary>The debug run once started (null before launch, and for noDebug or engine "ast" runs).</summary>
    public DebugRun? Run { get; private set; }

    /// <summary>Where the program is stopped, or null while it runs.</summary>
    public StopEvent? CurrentStop => Debugger.CurrentStop;

    /// <summary>Numeric instruction addresses (instructionPointerReference, disassemble, instruction breakpoints).</summary>
    public CodeAddresses Addresses { get; } = new();

    /// <summary>Variable references of the current stop (cleared whenever the program resumes).</summary>
    public VariableHandles Handles { get; } = new();

    public RuntimeFeatures Features { get; } = new(Breakpoints: true, FunctionBreakpoints: true, ExceptionBreakpoints: true);

    /// <summary>Runs <paramref name="work"/> on the program thread while it is stopped (Python code
    /// such as __repr__ or an evaluation needs that thread's context) and returns its result;
    /// throws DapRequestException (WrongState) when the program is not stopped.</summary>
    public T Invoke<T>(Func<T> work)
    {
        if (CurrentStop is null)
            throw new DapRequestException(NotStoppedMessage, DapRequestException.WrongState);
        return InvokeOnProgramThread(work);
    }

    private readonly Dictionary<Frame, int> _frameIds = new(ReferenceEqualityComparer.Instance);
    private readonly List<Frame> _frames = new();

    /// <summary>The DAP frame id of a frame of the current stop (ids are valid until the program resumes).</summary>
    public int FrameId(Frame frame)
    {
        lock (_frames)
        {
            if (_frameIds.TryGetValue(frame, out var id)) return id;
            _frames.Add(frame);
            id = _frames.Count;
            _frameIds[frame] = id;
            return id;
        }
    }

    /// <summary>The frame a DAP frame id names, or null when the id is unknown or stale.</summary>
    public Frame? FrameById(int id)
    {
        lock (_frames) return id >= 1 && id <= _frames.Count ? _frames[id - 1] : null;
    }

    /// <summary>Forgets frame ids and variable handles (called when the program resumes).</summary>
    public void ForgetStopState()
    {
        lock (_frames)
        {
            _frames.Clear();
            _frameIds.Clear();
        }
        Handles.Clear();
        ForgetReferenceInfo();
    }
}

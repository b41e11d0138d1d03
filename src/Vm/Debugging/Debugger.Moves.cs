using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Execution;

namespace PyDbg.Vm.Debugging;

/// <summary>
/// Moving execution while stopped (DAP goto, restartFrame). The frame is changed at once (the
/// stack trace shows the new position, <see cref="CurrentStop"/> follows); the dispatch loop
/// continues there when the program resumes (see <see cref="Interpreter.RequestRedirect"/>).
/// </summary>
public sealed partial class Debugger
{
    /// <summary>Moves the stopped frame to <paramref name="line"/> (see <see cref="FrameJumper.Jump"/>).
    /// Null on success, else the refusal message.</summary>
    public string? Jump(Frame frame, int line) => Move(frame, () => FrameJumper.Jump(frame, line), restart: false);

    /// <summary>Moves the stopped frame to instruction <paramref name="index"/> (DAP goto with an instruction target).</summary>
    public string? JumpTo(Frame frame, int index) => Move(frame, () => FrameJumper.JumpTo(frame, index), restart: false);

    /// <summary>Restarts <paramref name="frame"/> (the stopped frame or one of its callers) with its entry
    /// arguments; the frames above it are discarded when the program resumes. Null on success, else why not.</summary>
    public string? RestartFrame(Frame frame) => Move(frame, () => FrameRestarter.Restart(frame), restart: true);

    private string? Move(Frame frame, Func<string?> move, bool restart)
    {
        lock (_gate)
        {
            if (_stopped is not { } stop) return "the program is not stopped";
            var error = move();
            if (error is not null) return error;
            if (restart) _stopped = new StopEvent(stop.Reason, frame, frame.Ip, Array.Empty<int>(), null);
            else if (ReferenceEquals(frame, stop.Frame)) _stopped = stop with { Index = frame.Ip };
            return null;
        }
    }
}

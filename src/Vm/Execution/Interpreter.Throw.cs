using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Execution;

public static partial class Interpreter
{
    /// <summary>
    /// generator.throw()/close(): raises <paramref name="exc"/> in the suspended generator frame
    /// <paramref name="entry"/> at its yield point (whose depth the caller has already counted) and
    /// runs on from the handler until the frame yields or returns, like <see cref="Run(Frame)"/>.
    /// Without a handler the frame is finished and the exception is thrown with its traceback.
    /// </summary>
    public static PyObject RunThrowing(Frame entry, PyBaseException exc)
    {
        var saved = _currentFrame;
        var frame = entry;
        _currentFrame = entry;
        try
        {
            if (!Unwind(ref frame, entry, exc, addTraceback: true)) throw new PyException(exc);
        }
        finally
        {
            _currentFrame = saved;
        }
        return Run(entry);
    }
}

using PyDbg.DebugAdapter.Protocol;
using PyDbg.Frontend.Engines;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// The exceptionInfo answer for a stop at an exception: the type's name as exceptionId, str(exc)
/// as description, "unhandled" when no handler on the stack would catch it (else "always"),
/// and the traceback CPython would print if it went uncaught from here. Must run on the program
/// thread (str() may call Python code).
/// </summary>
public static class BreakpointExceptionInfo
{
    public static ExceptionInfoResponseBody Describe(StopEvent stop, PyBaseException exception, SourceFiles sources)
    {
        var type = exception.Type;
        string message;
        try { message = Ops.Str(exception); }
        catch (PyException) { message = "<exception str() failed>"; }
        var qualified = type.Module + "." + type.QualName; // type.__module__ + "." + type.__qualname__
        return new ExceptionInfoResponseBody
        {
            ExceptionId = type.QualName,
            Description = message,
            BreakMode = Debugger.WouldBeCaught(stop.Frame, exception) ? ExceptionBreakMode.Always : ExceptionBreakMode.Unhandled,
            Details = new ExceptionDetails
            {
                Message = message,
                TypeName = type.QualName,
                FullTypeName = qualified,
                StackTrace = Traceback(stop.Frame, exception, sources),
            },
        };
    }

    /// <summary>The traceback text if the exception left the program from <paramref name="frame"/>:
    /// the entries the VM adds while unwinding (this frame, then each caller) before the ones it has.</summary>
    public static string Traceback(Frame frame, PyBaseException exception, SourceFiles sources)
    {
        var stack = new List<TracebackEntry>();
        for (var f = frame; f is not null; f = f.Back) stack.Add(f.TracebackEntry());
        stack.Reverse();
        var saved = exception.Traceback.ToArray();
        exception.Traceback.InsertRange(0, stack);
        try
        {
            return TracebackFormatter.Format(exception, sources.Line);
        }
        finally
        {
            exception.Traceback.Clear();
            exception.Traceback.AddRange(saved);
        }
    }
}


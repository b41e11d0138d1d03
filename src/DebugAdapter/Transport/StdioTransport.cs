using PyDbg.DebugAdapter.Session;
using Serilog;

namespace PyDbg.DebugAdapter.Transport;

/// <summary>
/// `pydbg dap`: one session over the process's stdin/stdout as raw binary streams. stdout carries
/// only protocol messages, so Console.Out is redirected to stderr (a stray Console.Write can never
/// corrupt the stream) and Console.In is emptied (the program's input() must not eat requests:
/// it sees end of file).
/// </summary>
public static class StdioTransport
{
    public static int Serve(ILogger log)
    {
        var input = Console.OpenStandardInput();
        var output = Console.OpenStandardOutput();
        Console.SetOut(Console.Error);
        Console.SetIn(new StringReader(""));
        log.Information("DAP: serving on stdio");
        var session = new DebugSession(input, output, log);
        session.Run();
        output.Flush();
        return 0;
    }
}

using System.CommandLine;
using PyDbg.DebugAdapter.Logging;
using PyDbg.DebugAdapter.Transport;

namespace PyDbg.DebugAdapter.Cli;

/// <summary>
/// `pydbg dap [--port N] [--log FILE]`: the Debug Adapter Protocol server, on stdio (default;
/// stdout then carries protocol messages only) or on TCP 127.0.0.1:N (one session per
/// connection, until the process is stopped). The log goes to FILE or $PYDBG_DAP_LOG, else nowhere.
/// </summary>
public static class DapCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int?>("--port", "-p") { Description = "Serve on TCP 127.0.0.1:PORT instead of stdio (0: any free port, printed on stderr)." };
        port.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int?>();
            if (value is < 0 or > 65535) result.AddError($"--port must be between 0 and 65535, not {value}.");
        });
        var log = new Option<string?>("--log") { Description = $"Write a log of every protocol message to FILE (default: ${DapLog.EnvironmentVariable})." };
        var command = new Command("dap", "Run the Debug Adapter Protocol server (for VS Code and other DAP clients).") { port, log };
        command.SetAction(parse =>
        {
            var logger = DapLog.Create(DapLog.ResolvePath(parse.GetValue(log)));
            try
            {
                if (parse.GetValue(port) is { } p) return ServeTcp(p, logger, stderr);
                StdioTransport.Serve(logger);
            }
            finally
            {
                (logger as IDisposable)?.Dispose();
            }
            // A program that could not be stopped must not keep the adapter process alive.
            Environment.Exit(0);
            return 0;
        });
        return command;
    }

    private static int ServeTcp(int port, Serilog.ILogger logger, TextWriter stderr)
    {
        TcpServer server;
        try
        {
            server = new TcpServer(port, logger);
            server.Start();
        }
        catch (System.Net.Sockets.SocketException e)
        {
            stderr.WriteLine($"pydbg: error: cannot listen on 127.0.0.1:{port}: {e.SocketErrorCode}");
            return 1;
        }
        // A program run without the debugger reads Console.In: it must see end of file, never the terminal.
        Console.SetIn(new StringReader(""));
        stderr.WriteLine($"pydbg dap: listening on 127.0.0.1:{server.Port}");
        stderr.Flush();
        using (server) server.AcceptLoop();
        return 0;
    }
}

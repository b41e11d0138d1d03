using Serilog;
using Serilog.Core;

namespace PyDbg.DebugAdapter.Logging;

/// <summary>
/// The adapter's log: a Serilog file log of every message in and out (plus framing problems and
/// program life-cycle), written to the file named by `--log FILE` or the PYDBG_DAP_LOG variable.
/// Without either, nothing is logged anywhere — never to stdout (the protocol channel) nor stderr.
/// </summary>
public static class DapLog
{
    public const string EnvironmentVariable = "PYDBG_DAP_LOG";

    /// <summary>The log file to use: the option wins over the environment; null when logging is off.</summary>
    public static string? ResolvePath(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option)) return option;
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(env) ? null : env;
    }

    /// <summary>A logger writing to <paramref name="path"/>, or the silent logger when path is null.
    /// A file that cannot be opened makes logging silent instead of failing the adapter.</summary>
    public static ILogger Create(string? path)
    {
        if (path is null) return Logger.None;
        try
        {
            var full = Path.GetFullPath(path);
            var dir = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            return new LoggerConfiguration()
                .MinimumLevel.Debug()
                .Enrich.WithProperty("Pid", Environment.ProcessId)
                .WriteTo.File(full, shared: true, flushToDiskInterval: TimeSpan.FromMilliseconds(200),
                    outputTemplate: "{Timestamp:HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}{Exception}")
                .CreateLogger();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Logger.None;
        }
    }
}

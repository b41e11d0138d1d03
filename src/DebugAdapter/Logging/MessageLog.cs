using System.Text;
using Serilog;

namespace PyDbg.DebugAdapter.Logging;

/// <summary>Structured log records of the protocol traffic (one record per message in or out).</summary>
public static class MessageLog
{
    public static void Incoming(ILogger log, byte[] json)
    {
        if (log.IsEnabled(Serilog.Events.LogEventLevel.Debug))
            log.Debug("DAP <- {Direction} {Message}", "in", Encoding.UTF8.GetString(json));
    }

    public static void Outgoing(ILogger log, byte[] json)
    {
        if (log.IsEnabled(Serilog.Events.LogEventLevel.Debug))
            log.Debug("DAP -> {Direction} {Message}", "out", Encoding.UTF8.GetString(json));
    }
}

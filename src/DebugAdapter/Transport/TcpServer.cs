using System.Net;
using System.Net.Sockets;
using PyDbg.DebugAdapter.Session;
using Serilog;

namespace PyDbg.DebugAdapter.Transport;

/// <summary>
/// `pydbg dap --port N`: a server on 127.0.0.1 only (never other interfaces); every client that
/// connects gets its own <see cref="DebugSession"/> on its own thread. Port 0 picks a free port
/// (see <see cref="Port"/>).
/// </summary>
public sealed class TcpServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly ILogger _log;
    private readonly Func<IDebugRuntime>? _runtimeFactory;
    private volatile bool _stopped;

    public TcpServer(int port, ILogger log, Func<IDebugRuntime>? runtimeFactory = null)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _log = log;
        _runtimeFactory = runtimeFactory;
    }

    /// <summary>The port actually bound (after <see cref="Start"/>).</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Start()
    {
        _listener.Start();
        _log.Information("DAP: listening on 127.0.0.1:{Port}", Port);
    }

    /// <summary>Accepts clients until <see cref="Dispose"/>; each is served on a background thread.</summary>
    public void AcceptLoop()
    {
        var connection = 0;
        while (!_stopped)
        {
            TcpClient client;
            try
            {
                client = _listener.AcceptTcpClient();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                if (_stopped) return;
                _log.Warning("DAP: accept failed: {Error}", e.Message);
                continue;
            }
            var id = ++connection;
            var thread = new Thread(() => ServeClient(client, id)) { IsBackground = true, Name = $"pydbg-dap-client-{id}" };
            thread.Start();
        }
    }

    private void ServeClient(TcpClient client, int id)
    {
        using (client)
        {
            var log = _log.ForContext("Connection", id);
            log.Information("DAP: client {Connection} connected from {Remote}", id, client.Client.RemoteEndPoint);
            try
            {
                client.NoDelay = true;
                using var stream = client.GetStream();
                new DebugSession(stream, stream, log, _runtimeFactory).Run();
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                log.Warning("DAP: client {Connection} connection failed: {Error}", id, e.Message);
            }
            log.Information("DAP: client {Connection} disconnected", id);
        }
    }

    public void Dispose()
    {
        _stopped = true;
        _listener.Stop();
    }
}

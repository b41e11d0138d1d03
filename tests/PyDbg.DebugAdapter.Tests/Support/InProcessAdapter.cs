using PyDbg.DebugAdapter.Session;

namespace PyDbg.DebugAdapter.Tests.Support;

/// <summary>A DebugSession running on its own thread, wired to a <see cref="DapTestClient"/>.</summary>
public sealed class InProcessAdapter : IDisposable
{
    private readonly BlockingPipe _toAdapter = new();
    private readonly BlockingPipe _fromAdapter = new();
    private readonly Thread _thread;

    /// <param name="runtimeFactory">The session's runtime (default: the VM debugger's, as `pydbg dap`).</param>
    public InProcessAdapter(Func<IDebugRuntime>? runtimeFactory = null)
    {
        Session = new DebugSession(_toAdapter, _fromAdapter, runtimeFactory: runtimeFactory);
        _thread = new Thread(() =>
        {
            try { Session.Run(); }
            finally { _fromAdapter.Complete(); }
        }) { IsBackground = true, Name = "dap-session-under-test" };
        _thread.Start();
        Client = new DapTestClient(_toAdapter, _fromAdapter);
    }

    public DebugSession Session { get; }
    public DapTestClient Client { get; }

    /// <summary>True once the session thread has finished (within the timeout).</summary>
    public bool WaitForSessionEnd() => _thread.Join(DapTestClient.Timeout);

    /// <summary>Closes the adapter's input, as a client that goes away does.</summary>
    public void CloseInput() => _toAdapter.Complete();

    public void Dispose()
    {
        _toAdapter.Complete();
        _thread.Join(DapTestClient.Timeout);
        Client.Dispose();
    }
}

namespace PyDbg.DebugAdapter.Session;

/// <summary>A request that cannot be served: becomes a response with success=false and this message.</summary>
public sealed class DapRequestException(string message, int id = DapRequestException.GenericId) : Exception(message)
{
    public const int GenericId = 1000;
    public const int BadArguments = 1001;
    public const int WrongState = 1002;
    public const int Unsupported = 1003;
    public const int LaunchFailed = 1004;
    public const int UnknownCommand = 1005;

    public int Id { get; } = id;
}

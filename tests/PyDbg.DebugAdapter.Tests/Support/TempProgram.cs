namespace PyDbg.DebugAdapter.Tests.Support;

/// <summary>A Python program written to a fresh temporary directory (deleted on Dispose).</summary>
public sealed class TempProgram : IDisposable
{
    public TempProgram(string source, string name = "main.py")
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pydbg-dap-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, name);
        File.WriteAllText(Path, source);
    }

    public string Directory { get; }
    public string Path { get; }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

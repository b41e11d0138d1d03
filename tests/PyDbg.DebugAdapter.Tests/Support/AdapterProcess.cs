using System.Diagnostics;

namespace PyDbg.DebugAdapter.Tests.Support;

/// <summary>Finds the built `pydbg` (src/DebugAdapter/bin/CONFIG/net10.0/pydbg.dll under the
/// repository root) and starts `dotnet pydbg.dll ARGS` with redirected stdio.</summary>
public static class AdapterProcess
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PyDbg.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException($"No PyDbg.sln above {AppContext.BaseDirectory}");
    }

    public static string AdapterDll()
    {
        var root = RepositoryRoot();
        // Prefer the configuration these tests were built in (the project reference builds it).
        var own = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
        foreach (var config in new[] { own, own == "Release" ? "Debug" : "Release" })
        {
            var path = Path.Combine(root, "src", "DebugAdapter", "bin", config, "net10.0", "pydbg.dll");
            if (File.Exists(path)) return path;
        }
        throw new InvalidOperationException("pydbg.dll not found: run `dotnet build src/DebugAdapter -c Release` first.");
    }

    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AdapterDll());
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove("PYDBG_DAP_LOG");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }
}

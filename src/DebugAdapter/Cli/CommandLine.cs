using System.CommandLine;
using System.Text;
using PyDbg.Frontend.Engines;

namespace PyDbg.DebugAdapter.Cli;

/// <summary>
/// The `pydbg` command line: run, dis, ast. Bad arguments get one line on stderr and exit code 2;
/// no .NET exception text ever reaches the user.
/// </summary>
public static class CommandLine
{
    public const int UsageError = 2;

    public static int Run(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        try
        {
            return Dispatch(args, stdout, stderr);
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }

    public static int Dispatch(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Everything after the program file belongs to the program (like `python3 FILE ARGS`),
        // so split it off before System.CommandLine sees options such as `-v` meant for the program.
        var (own, programArgs) = SplitProgramArguments(args);
        var root = BuildRootCommand(stdout, stderr, programArgs);
        var parse = root.Parse(own);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine may spread one error over several lines ("Must be one of:" and a
            // line per choice): fold it into the one line a usage error gets.
            var message = string.Join(" ", parse.Errors[0].Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            stderr.WriteLine($"pydbg: error: {message} (see 'pydbg --help')");
            return UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static readonly HashSet<string> OptionsWithValue = new() { "--engine", "-e" };

    /// <summary>Splits `run [options] FILE ARGS...` into the part we parse and the program's argv tail.</summary>
    internal static (string[] Own, string[] ProgramArgs) SplitProgramArguments(string[] args)
    {
        if (args.Length == 0 || args[0] != "run") return (args, Array.Empty<string>());
        for (var i = 1; i < args.Length; i++)
        {
            if (OptionsWithValue.Contains(args[i])) { i++; continue; }
            if (args[i] == "--") return (args[..i].Concat(args[(i + 1)..Math.Min(i + 2, args.Length)]).ToArray(), args[Math.Min(i + 2, args.Length)..]);
            if (!args[i].StartsWith('-') || args[i] == "-") return (args[..(i + 1)], args[(i + 1)..]);
        }
        return (args, Array.Empty<string>());
    }

    private static RootCommand BuildRootCommand(TextWriter stdout, TextWriter stderr, string[] programArgs)
    {
        var root = new RootCommand("PyDbg: a Python compiler, bytecode VM and debugger.");
        root.Subcommands.Add(RunCommand.Create(stdout, stderr, programArgs));
        root.Subcommands.Add(DisCommand.Create(stdout, stderr));
        root.Subcommands.Add(AstCommand.Create(stdout, stderr));
        root.Subcommands.Add(DapCommand.Create(stdout, stderr));
        return root;
    }

    /// <summary>Reads a program file, or writes the one-line error and returns null.</summary>
    internal static string? ReadProgram(string path, TextWriter stderr)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException
                ? "[Errno 2] No such file or directory"
                : e is UnauthorizedAccessException ? "[Errno 13] Permission denied" : "[Errno 22] Invalid argument";
            stderr.WriteLine($"pydbg: can't open file '{path}': {reason}");
            return null;
        }
    }
}

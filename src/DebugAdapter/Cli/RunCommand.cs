using System.CommandLine;
using PyDbg.Frontend.Engines;

namespace PyDbg.DebugAdapter.Cli;

/// <summary>`pydbg run [--engine vm|ast] FILE [ARGS...]`: runs a program like `python3 FILE ARGS`.</summary>
public static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string[] programArgs)
    {
        var file = new Argument<string>("file") { Description = "The Python program to run." };
        var engine = new Option<string>("--engine", "-e")
        {
            Description = "vm (the bytecode VM, default) or ast (the tree-walking reference interpreter).",
            DefaultValueFactory = _ => "vm",
        };
        engine.AcceptOnlyFromAmong("vm", "ast");
        var command = new Command("run", "Run a Python program.") { file, engine };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var kind = parse.GetValue(engine) == "ast" ? EngineKind.Ast : EngineKind.Vm;
            var argv = new[] { path }.Concat(programArgs).ToArray();
            return ProgramRunner.Run(path, kind, stdout, stderr, argv);
        });
        return command;
    }
}

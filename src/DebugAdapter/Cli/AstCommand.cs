using System.CommandLine;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;

namespace PyDbg.DebugAdapter.Cli;

/// <summary>`pydbg ast FILE`: the syntax tree as `ast.dump(ast.parse(src), indent=2)` prints it.</summary>
public static class AstCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The Python program to parse." };
        var command = new Command("ast", "Print the syntax tree of a program, as ast.dump(tree, indent=2) does.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var text = CommandLine.ReadProgram(path, stderr);
            if (text is null) return CommandLine.UsageError;
            try
            {
                stdout.Write(AstDump.Dump(Parser.ParseModule(new SourceText(path, text))));
                stdout.Write('\n');
                return 0;
            }
            catch (PythonSyntaxError e)
            {
                stdout.Flush();
                stderr.Write(e.Format());
                return 1;
            }
        });
        return command;
    }
}

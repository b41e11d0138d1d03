using System.CommandLine;
using PyDbg.Frontend.Compilation;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;

namespace PyDbg.DebugAdapter.Cli;

/// <summary>`pydbg dis FILE`: a CPython-style `dis` listing of the module and every nested code object.</summary>
public static class DisCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The Python program to disassemble." };
        var command = new Command("dis", "Print the bytecode of a program, as Python's dis module does.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var text = CommandLine.ReadProgram(path, stderr);
            if (text is null) return CommandLine.UsageError;
            try
            {
                var source = new SourceText(path, text);
                var code = Compiler.CompileModule(Parser.ParseModule(source), source);
                stdout.Write(Disassembler.Disassemble(code));
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

using PyDbg.Frontend.Compilation;
using PyDbg.Frontend.Semantics;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Engines;

/// <summary>Compiles the module and runs it on the bytecode VM.
/// CONTRACT: the compiler/VM owner implements it.</summary>
public sealed class VmEngine : IExecutionEngine
{
    public void Execute(Module module, SourceText source, PyDict globals)
    {
        var table = SymbolTable.Build(module, source);
        var code = Compiler.CompileModule(module, source, table);
        var context = PyContext.Current;
        // An uncaught NameError keeps its "Did you mean" suggestion (computed where it was raised, with
        // the frame's locals) under Interpreter.SuggestionKey; ProgramRunner's traceback printer adds it.
        Interpreter.RunModule(code, globals, context.Builtins);
    }
}

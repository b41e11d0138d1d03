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
        try
        {
            Interpreter.RunModule(code, globals, context.Builtins);
        }
        catch (PyException e) when (e.Value.Dict is { } d && d.TryGetValue(Interpreter.SuggestionKey, out var s) && s is PyStr suggestion)
        {
            // Uncaught: nothing can observe str(exc) any more, so the message carries CPython's
            // "Did you mean" hint for the traceback printer.
            d.Remove(Interpreter.SuggestionKey);
            e.Value.Args = PyTuple.Of(PyStr.From(e.Value.MessageText + $". Did you mean: '{suggestion.Value}'?"));
            throw;
        }
    }
}

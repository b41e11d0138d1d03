using PyDbg.Frontend.Semantics;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Frontend.TreeWalk;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Engines;

/// <summary>Runs the module on the tree-walking reference interpreter.
/// CONTRACT: the tree-walker owner implements it.</summary>
public sealed class TreeWalkEngine : IExecutionEngine
{
    public void Execute(Module module, SourceText source, PyDict globals)
    {
        var table = SymbolTable.Build(module, source);
        var code = new ModuleCode(table, source);
        var frame = new Frame(code, table.Root, globals, globals, Array.Empty<PyObject?>(), Array.Empty<PyCell>(), "<module>");
        var context = PyContext.Current;
        context.CallDepth++;
        try
        {
            Executor.ExecBlock(module.Body, frame);
        }
        finally
        {
            context.CallDepth--;
        }
    }
}

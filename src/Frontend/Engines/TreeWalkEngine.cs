using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Engines;

/// <summary>Runs the module on the tree-walking reference interpreter.
/// CONTRACT: the tree-walker owner implements it.</summary>
public sealed class TreeWalkEngine : IExecutionEngine
{
    public void Execute(Module module, SourceText source, PyDict globals) => throw new NotImplementedException();
}

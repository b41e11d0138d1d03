using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Engines;

/// <summary>Compiles the module and runs it on the bytecode VM.
/// CONTRACT: the compiler/VM owner implements it.</summary>
public sealed class VmEngine : IExecutionEngine
{
    public void Execute(Module module, SourceText source, PyDict globals) => throw new NotImplementedException();
}

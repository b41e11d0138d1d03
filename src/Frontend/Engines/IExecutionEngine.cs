using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Engines;

/// <summary>
/// One way of running a parsed program: the bytecode VM or the tree-walking interpreter.
/// Both share the runtime (PyDbg.Vm.Runtime) and run inside the current <see cref="PyContext"/>.
/// </summary>
public interface IExecutionEngine
{
    /// <summary>
    /// Runs a module's body with <paramref name="globals"/> as its namespace (__name__ etc. already
    /// set by the caller). An uncaught Python exception propagates as <see cref="PyException"/>
    /// whose value carries the full traceback (outermost frame first).
    /// </summary>
    void Execute(Module module, SourceText source, PyDict globals);
}

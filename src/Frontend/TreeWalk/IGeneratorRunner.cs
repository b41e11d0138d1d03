using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// What runs a generator function's body between its yields. Two implementations: the
/// <see cref="IteratorGeneratorRunner"/> (no threads; for bodies whose yields are whole statements
/// or assignment values, nearly all of them) and the <see cref="GeneratorCore"/> (a thread per
/// generator; any yield anywhere).
/// </summary>
public interface IGeneratorRunner
{
    /// <summary>Runs until the next yield (true, the yielded value) or the end of the body (false).
    /// <paramref name="throwIn"/> is raised at the yield point instead of sending a value.</summary>
    bool Resume(PyObject sent, PyBaseException? throwIn, out PyObject value);
    bool IsStarted { get; }
    bool IsFinished { get; }
    /// <summary>The body's return value (StopIteration.value) once finished.</summary>
    PyObject ReturnValue { get; }
    /// <summary>Called when the generator object is collected while suspended.</summary>
    void Abort();
}

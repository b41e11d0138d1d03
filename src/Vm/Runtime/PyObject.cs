namespace PyDbg.Vm.Runtime;

/// <summary>
/// The base of every Python value. Values are .NET objects; the hot built-in types are sealed
/// classes so that a type test in the dispatch loop is a single method-table compare.
/// Small ints, True/False/None are cached singletons (see <see cref="PyInt.From(long)"/>).
/// </summary>
public abstract class PyObject
{
    /// <summary>The Python type of this value (type(x)).</summary>
    public abstract PyType Type { get; }

    /// <summary>Debug-friendly text; Python-facing text goes through <see cref="Ops.Repr"/>.</summary>
    public override string ToString() => Ops.Repr(this);
}

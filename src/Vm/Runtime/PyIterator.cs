namespace PyDbg.Vm.Runtime;

/// <summary>
/// The base of every native iterator (list, tuple, str, range, dict views, enumerate, zip, map,
/// filter, reversed, generators). <see cref="Ops.TryNext"/> calls <see cref="TryNext"/> directly,
/// so iteration never throws for exhaustion.
/// </summary>
public abstract class PyIterator : PyObject
{
    /// <summary>Produces the next item; false when exhausted (and on every later call).</summary>
    public abstract bool TryNext(out PyObject value);
}

namespace PyDbg.Vm.Debugging.Inspection;

/// <summary>A named value as a debugger shows it.</summary>
/// <param name="Name">The variable name, index ("0"), repr of a dict key, or a pseudo name ("len()").</param>
/// <param name="Value">The bounded, never-failing repr.</param>
/// <param name="TypeName">type(value).__name__.</param>
/// <param name="VariablesReference">A handle to expand the value's children (0: not expandable).</param>
/// <param name="IndexedCount">Number of indexed children (list/tuple/set items), for paging.</param>
/// <param name="NamedCount">Number of named children (dict items, attributes).</param>
/// <param name="Object">The value itself (null for a NULL stack slot or a pseudo entry).</param>
public sealed record Variable(string Name, string Value, string TypeName, int VariablesReference,
    int IndexedCount, int NamedCount, PyDbg.Vm.Runtime.PyObject? Object);

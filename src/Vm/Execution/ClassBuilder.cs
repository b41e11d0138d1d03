using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Execution;

/// <summary>
/// builtins.__build_class__ for the VM (what LOAD_BUILD_CLASS pushes): runs the class body
/// function with a fresh namespace as its locals, then creates the class from it.
/// </summary>
public static class ClassBuilder
{
    public static readonly PyBuiltinFunction BuildClassFunction = new("__build_class__", BuildClass);

    private static PyObject BuildClass(ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        var kwCount = kwNames?.Length ?? 0;
        var positional = args.Length - kwCount;
        if (positional < 2) throw PyExc.TypeErr("__build_class__: not enough arguments");
        if (args[0] is not VmFunction body) throw PyExc.TypeErr("__build_class__: func must be a function");
        if (args[1] is not PyStr name) throw PyExc.TypeErr("__build_class__: name is not a string");
        var bases = new PyObject[positional - 2];
        for (var i = 0; i < bases.Length; i++) bases[i] = args[2 + i];
        PyObject? metaclass = null;
        for (var i = 0; i < kwCount; i++)
            if (kwNames![i] == "metaclass") metaclass = args[positional + i];

        var ns = new PyDict();
        var context = PyContext.Current;
        var frame = new Frame(body.Code, body.Globals, context.Builtins) { LocalsDict = ns, Function = body };
        if (body.Code.CellCount > 0) frame.InitCells(body.Closure);
        if (++context.CallDepth > context.RecursionLimit)
        {
            context.CallDepth--;
            throw PyExc.Recursion();
        }
        frame.Back = Interpreter.CurrentFrame;
        var cell = Interpreter.Run(frame);

        PyObject cls;
        metaclass = PyType.ResolveMetaclass(metaclass, bases);
        if (metaclass is not null && !ReferenceEquals(metaclass, PyType.TypeType))
        {
            cls = Ops.Call(metaclass, new PyObject[] { name, new PyTuple(bases), ns });
        }
        else
        {
            cls = CreateClass(name.Value, bases, ns);
        }
        if (cell is PyCell classCell) classCell.Value = cls;
        return cls;
    }

    /// <summary>type(name, bases, ns) for a class statement: a heap type with C3 MRO.</summary>
    public static PyType CreateClass(string name, PyObject[] baseObjects, PyDict ns) =>
        PyType.CreateHeapType(name, baseObjects, ns);

    /// <summary>C3 linearisation; TypeError "Cannot create a consistent method resolution order (MRO) for bases A, B".</summary>
    public static PyType[] ComputeMro(PyType type, PyType[] bases)
    {
        var sequences = new List<List<PyType>>();
        foreach (var b in bases) sequences.Add(new List<PyType>(b.Mro));
        sequences.Add(new List<PyType>(bases));
        var result = new List<PyType> { type };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0) return result.ToArray();
            PyType? candidate = null;
            foreach (var seq in sequences)
            {
                var head = seq[0];
                var inTail = false;
                foreach (var other in sequences)
                    if (other.IndexOf(head) > 0) { inTail = true; break; }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate is null)
                throw PyExc.TypeErr("Cannot create a consistent method resolution\norder (MRO) for bases "
                    + string.Join(", ", bases.Select(b => b.Name)));
            result.Add(candidate);
            foreach (var seq in sequences)
                if (seq.Count > 0 && ReferenceEquals(seq[0], candidate)) seq.RemoveAt(0);
        }
    }
}

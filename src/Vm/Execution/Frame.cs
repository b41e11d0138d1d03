using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Execution;

/// <summary>
/// One activation of a code object, on the heap (CPython's _PyInterpreterFrame): a Python-to-Python
/// call pushes a new Frame and continues in the same dispatch loop, and a generator keeps its Frame
/// while suspended. <see cref="Values"/> holds the fast locals (VarNames) followed by the operand
/// stack; <see cref="Sp"/> is the absolute index of the first free stack slot. While a frame is not
/// the one being executed (it called another frame, yielded, or the loop stopped), its whole state
/// is here, so a debugger can walk <see cref="Back"/> links and read locals and the operand stack.
/// </summary>
public sealed class Frame
{
    public readonly CodeObject Code;
    /// <summary>Index of the instruction being executed (or, for a suspended frame, the one that
    /// suspended it: the CALL, the YIELD_VALUE). Execution resumes at the index in <see cref="Ip"/>
    /// when the loop (re)enters the frame.</summary>
    public int Ip;
    /// <summary>Fast locals [0, StackBase), then the operand stack. Null means unbound (or NULL on the stack).</summary>
    public readonly Slot[] Values;
    public int Sp;
    public readonly int StackBase;
    /// <summary>Cell variables then free variables (null when the code has none).</summary>
    public PyCell[]? Cells;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    /// <summary>The namespace of a module or class body (LOAD_NAME/STORE_NAME); null in functions.</summary>
    public PyDict? LocalsDict;
    /// <summary>The calling frame (the frame that was running when this one started), or null.</summary>
    public Frame? Back;
    /// <summary>The function being run (null for module and class bodies run directly).</summary>
    public VmFunction? Function;
    /// <summary>The generator owning this frame, if any.</summary>
    public PyGenerator? Generator;
    /// <summary>True once the frame was the entry frame of a dispatch loop (<see cref="Interpreter.Run"/>:
    /// a module, a generator, a function called by native code); frames pushed by CALL are not.</summary>
    public bool IsLoopEntry { get; internal set; }
    /// <summary>The parameter values on entry, recorded while a debugger is attached (restart frame).</summary>
    internal PyObject?[]? EntryArgs;
    /// <summary>Set by restart frame: the exception being handled (or None) when this frame continues
    /// (the discarded except blocks of this frame and the frames above no longer apply).</summary>
    internal PyObject? RestoreHandled;
    /// <summary>Set by YIELD_VALUE when the frame suspended instead of returning.</summary>
    internal bool Yielded;
    /// <summary>An exception raised by Python code that escaped the entry frame of a dispatch loop.</summary>
    internal PyBaseException? Escaping;

    public Frame(CodeObject code, PyDict globals, PyDict builtins)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        StackBase = code.VarNames.Length;
        Values = new Slot[StackBase + code.StackSize + 1];
        Sp = StackBase;
    }

    /// <summary>The line being executed (for tracebacks and debuggers).</summary>
    public SourceSpan CurrentSpan => (uint)Ip < (uint)Code.Positions.Length ? Code.Positions[Ip] : SourceSpan.None;

    /// <summary>The operand stack, bottom first (a copy).</summary>
    public PyObject?[] StackSnapshot()
    {
        var result = new PyObject?[Sp - StackBase];
        for (var i = 0; i < result.Length; i++) result[i] = Values[StackBase + i].V;
        return result;
    }

    /// <summary>The value of local slot <paramref name="index"/>, or null when unbound.</summary>
    public PyObject? GetLocal(int index) => Values[index].V;

    public TracebackEntry TracebackEntry() => new(Code.FileName, Code.Name, CurrentSpan);

    /// <summary>Creates the cells of a frame: cell variables (parameters copied in) then the closure's free variables.</summary>
    internal void InitCells(PyCell[]? closure)
    {
        var code = Code;
        var n = code.CellVars.Length;
        var cells = new PyCell[n + code.FreeVars.Length];
        var cellParams = code.CellParameterIndex;
        for (var i = 0; i < n; i++)
        {
            var p = cellParams[i];
            cells[i] = new PyCell(p >= 0 ? Values[p].V : null);
        }
        if (closure is not null)
            for (var i = 0; i < code.FreeVars.Length && i < closure.Length; i++)
                cells[n + i] = closure[i];
        Cells = cells;
    }
}

/// <summary>One slot of a frame's locals-and-stack array. A struct wrapper, so that storing a
/// reference into the array needs no array-covariance check (CPython's PyObject** equivalent).</summary>
public struct Slot
{
    public PyObject V;

    /// <summary>A read-only view of <paramref name="count"/> slots as objects (call arguments).</summary>
    public static ReadOnlySpan<PyObject> Span(Slot[] slots, int start, int count) =>
        count == 0 ? ReadOnlySpan<PyObject>.Empty
            : System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(
                ref System.Runtime.CompilerServices.Unsafe.As<Slot, PyObject>(ref slots[start]), count);

    /// <summary>A writable view of slots (argument binding).</summary>
    public static Span<PyObject?> WritableSpan(Slot[] slots, int start, int count) =>
        count == 0 ? Span<PyObject?>.Empty
            : System.Runtime.InteropServices.MemoryMarshal.CreateSpan(
                ref System.Runtime.CompilerServices.Unsafe.As<Slot, PyObject?>(ref slots[start]), count);
}

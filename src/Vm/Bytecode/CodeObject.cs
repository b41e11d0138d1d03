using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Bytecode;

/// <summary>
/// A compiled unit (module, function, lambda, comprehension, class body): CPython's code object.
/// Instructions and Positions are parallel arrays: Positions[i] is the source span of
/// Instructions[i]. Offsets shown to users are 2 * index (CPython's code-unit offsets).
/// CONTRACT: the compiler owner may add members; these are frozen.
/// </summary>
public sealed class CodeObject : PyObject
{
    public required string Name { get; init; }
    public required string QualName { get; init; }
    public required string FileName { get; init; }
    public required int FirstLineNo { get; init; }
    public CodeFlags Flags { get; init; }
    public int ArgCount { get; init; }
    public int PosOnlyArgCount { get; init; }
    public int KwOnlyArgCount { get; init; }

    /// <summary>The bytecode. Not readonly on purpose: the debugger may swap in instrumented copies.</summary>
    public required Instruction[] Instructions { get; set; }
    public required SourceSpan[] Positions { get; init; }
    public required PyObject[] Constants { get; init; }
    /// <summary>Global, attribute and imported names (co_names).</summary>
    public required string[] Names { get; init; }
    /// <summary>Local variable names, parameters first (co_varnames).</summary>
    public required string[] VarNames { get; init; }
    /// <summary>Variables of this scope captured by inner scopes (co_cellvars).</summary>
    public required string[] CellVars { get; init; }
    /// <summary>Variables this scope takes from enclosing scopes (co_freevars).</summary>
    public required string[] FreeVars { get; init; }
    /// <summary>For each cell variable, the index in VarNames of the parameter it is initialised
    /// from on entry, or -1.</summary>
    public required int[] CellParameterIndex { get; init; }
    public int StackSize { get; init; }
    public ExceptionTableEntry[] ExceptionTable { get; init; } = Array.Empty<ExceptionTableEntry>();

    public bool IsGenerator => (Flags & CodeFlags.Generator) != 0;

    private FunctionSignature? _signature;
    /// <summary>The parameter list, derived from the counts and VarNames.</summary>
    public FunctionSignature Signature => _signature ??= new FunctionSignature
    {
        ArgCount = ArgCount,
        PosOnlyArgCount = PosOnlyArgCount,
        KwOnlyArgCount = KwOnlyArgCount,
        HasVarArgs = (Flags & CodeFlags.VarArgs) != 0,
        HasVarKeywords = (Flags & CodeFlags.VarKeywords) != 0,
        ParameterNames = VarNames.Take(ArgCount + KwOnlyArgCount
            + ((Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0)).ToArray(),
    };

    /// <summary>Per-constant caches of the VM (e.g. KW_NAMES tuples as string arrays), built lazily.</summary>
    internal object?[]? ConstCache;

    /// <summary>Total number of cell slots (cellvars then freevars).</summary>
    public int CellCount => CellVars.Length + FreeVars.Length;

    public override PyType Type => PyType.Code;
}


using PyDbg.Vm.Bytecode;

namespace PyDbg.Vm.Debugging;

/// <summary>
/// Where each source line begins in a code object, with pdb's notion of a line event: an
/// instruction starts a line when its line differs from the previous instruction's, or when it is
/// the target of a backward jump (a loop header is reached again on every iteration; CPython 3.11
/// reports a line event on backward jumps only, not on forward jumps within a line).
/// </summary>
public sealed class LineStarts
{
    private readonly Dictionary<int, List<int>> _byLine = new();
    private readonly bool[] _isLineStart;
    private readonly Dictionary<int, int> _virtualJumps = new();
    private readonly HashSet<int> _jumpOnly = new();

    public CodeObject Code { get; }

    public LineStarts(CodeObject code)
    {
        Code = code;
        var instructions = CodeInstrumentation.OriginalInstructions(code);
        var targets = BackwardJumpTargets(instructions);
        _isLineStart = new bool[instructions.Length];
        var previousLine = -1;
        for (var i = 0; i < instructions.Length; i++)
        {
            var line = code.Positions[i].Line;
            if (line <= 0) continue;
            // The prologue (RESUME; a generator's RETURN_GENERATOR, POP_TOP) is the call, not a line:
            // pdb's first line event in a function is its first body line.
            if (instructions[i].Op is OpCode.RESUME or OpCode.RETURN_GENERATOR
                || (i > 0 && instructions[i].Op == OpCode.POP_TOP && instructions[i - 1].Op == OpCode.RETURN_GENERATOR)) continue;
            if (line != previousLine || targets[i])
            {
                _isLineStart[i] = true;
                if (!_byLine.TryGetValue(line, out var list)) _byLine[line] = list = new List<int>();
                list.Add(i);
            }
            previousLine = line;
        }
        // A start that is one only because it is a jump target (a loop header reached by falling
        // through on the first iteration) is a line event only when reached by the jump: when every
        // jump to it is unconditional, the debugger instruments those jumps instead of the target.
        for (var i = 1; i < instructions.Length; i++)
        {
            if (!_isLineStart[i] || code.Positions[i].Line != code.Positions[i - 1].Line) continue;
            var sources = new List<int>();
            var allUnconditional = true;
            for (var j = 0; j < instructions.Length; j++)
            {
                if (!IsJump(instructions[j].Op) || instructions[j].Arg != i) continue;
                sources.Add(j);
                if (instructions[j].Op is not (OpCode.JUMP_BACKWARD or OpCode.JUMP_FORWARD)) allUnconditional = false;
            }
            if (!allUnconditional || sources.Count == 0) continue;
            _jumpOnly.Add(i);
            foreach (var j in sources) _virtualJumps[j] = i;
        }
    }

    /// <summary>A line start reached as one only by the jumps of <see cref="VirtualJumps"/>.</summary>
    public bool IsJumpOnly(int index) => _jumpOnly.Contains(index);

    /// <summary>Unconditional jumps whose target is a jump-only line start: jump index -> target index.
    /// Instrumenting the jump reports the line event of its target.</summary>
    public IReadOnlyDictionary<int, int> VirtualJumps => _virtualJumps;

    /// <summary>Lines that have code in this code object, ascending.</summary>
    public IEnumerable<int> Lines => _byLine.Keys.Order();

    /// <summary>The instruction indices where <paramref name="line"/> starts (empty when it has no code here).</summary>
    public IReadOnlyList<int> StartsOf(int line) =>
        _byLine.TryGetValue(line, out var list) ? list : Array.Empty<int>();

    public bool IsLineStart(int index) => (uint)index < (uint)_isLineStart.Length && _isLineStart[index];

    /// <summary>Marks every instruction some jump can land on.</summary>
    public static bool[] JumpTargets(Instruction[] instructions)
    {
        var targets = new bool[instructions.Length];
        foreach (var ins in instructions)
            if (IsJump(ins.Op) && (uint)ins.Arg < (uint)targets.Length)
                targets[ins.Arg] = true;
        return targets;
    }

    /// <summary>Marks every instruction a backward jump can land on (loop headers).</summary>
    public static bool[] BackwardJumpTargets(Instruction[] instructions)
    {
        var targets = new bool[instructions.Length];
        for (var i = 0; i < instructions.Length; i++)
        {
            var ins = instructions[i];
            if (IsJump(ins.Op) && (uint)ins.Arg < (uint)targets.Length && ins.Arg <= i)
                targets[ins.Arg] = true;
        }
        return targets;
    }

    public static bool IsJump(OpCode op) => op is OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD
        or OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE or OpCode.POP_JUMP_IF_NONE
        or OpCode.POP_JUMP_IF_NOT_NONE or OpCode.JUMP_IF_FALSE_OR_POP or OpCode.JUMP_IF_TRUE_OR_POP
        or OpCode.FOR_ITER or OpCode.SEND;

    /// <summary>The code object and every code object nested in its constants, depth first.</summary>
    public static IEnumerable<CodeObject> AllCodeObjects(CodeObject root)
    {
        var stack = new Stack<CodeObject>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var code = stack.Pop();
            yield return code;
            for (var i = code.Constants.Length - 1; i >= 0; i--)
                if (code.Constants[i] is CodeObject nested) stack.Push(nested);
        }
    }
}

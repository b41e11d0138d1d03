using PyDbg.Vm.Bytecode;

namespace PyDbg.Vm.Debugging;

/// <summary>
/// Where each source line begins in a code object, with pdb's notion of a line event: an
/// instruction starts a line when its line differs from the previous instruction's, or when it is
/// a jump target (a loop header is reached again on every iteration).
/// </summary>
public sealed class LineStarts
{
    private readonly Dictionary<int, List<int>> _byLine = new();
    private readonly bool[] _isLineStart;

    public CodeObject Code { get; }

    public LineStarts(CodeObject code)
    {
        Code = code;
        var instructions = code.Instructions;
        var targets = JumpTargets(instructions);
        _isLineStart = new bool[instructions.Length];
        var previousLine = -1;
        for (var i = 0; i < instructions.Length; i++)
        {
            var line = code.Positions[i].Line;
            if (line <= 0) continue;
            if (line != previousLine || targets[i])
            {
                _isLineStart[i] = true;
                if (!_byLine.TryGetValue(line, out var list)) _byLine[line] = list = new List<int>();
                list.Add(i);
            }
            previousLine = line;
        }
    }

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

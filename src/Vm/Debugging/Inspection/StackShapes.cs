using PyDbg.Vm.Bytecode;

namespace PyDbg.Vm.Debugging.Inspection;

/// <summary>
/// The operand-stack shape before each instruction of a code object: for every slot, the index
/// of the instruction that produced it (exception-handler pushes get ids &gt;= <see cref="HandlerBase"/>;
/// <see cref="Mixed"/> when paths disagree). Two positions with the same shape hold the same
/// blocks (for-loop iterators, with-exits, handled exceptions), which is what decides whether
/// execution may jump between them. Null for unreachable instructions. Works on the compiler's
/// instructions (never the debugger's instrumented copy).
/// </summary>
public static class StackShapes
{
    public const int Mixed = -1;
    public const int HandlerBase = 1 << 24;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Instruction[], int[]?[]> Cache = new();

    public static int[]?[] Compute(CodeObject code)
    {
        var instrs = CodeInstrumentation.OriginalInstructions(code);
        if (Cache.TryGetValue(instrs, out var cached)) return cached;
        var shapes = new int[]?[instrs.Length];
        var work = new Stack<int>();
        void Visit(int index, int[] shape)
        {
            if ((uint)index >= (uint)instrs.Length) return;
            var old = shapes[index];
            if (old is null) { shapes[index] = shape; work.Push(index); return; }
            if (old.Length != shape.Length) return; // inconsistent bytecode: keep the first
            int[]? merged = null;
            for (var k = 0; k < old.Length; k++)
                if (old[k] != shape[k] && old[k] != Mixed)
                {
                    merged ??= (int[])old.Clone();
                    merged[k] = Mixed;
                }
            if (merged is null) return;
            shapes[index] = merged;
            work.Push(index);
        }
        var table = code.ExceptionTable;
        if (instrs.Length > 0) Visit(0, Array.Empty<int>());
        while (work.Count > 0)
        {
            var i = work.Pop();
            var shape = shapes[i]!;
            var ins = instrs[i];
            if (StackDepth.IsJump(ins.Op)) Visit(ins.Arg, Apply(shape, ins, i, jump: true));
            if (!StackDepth.IsTerminal(ins.Op)) Visit(i + 1, Apply(shape, ins, i, jump: false));
            foreach (var e in table)
            {
                if (i < e.Start || i >= e.End) continue;
                var n = Math.Min(e.Depth, shape.Length);
                var h = new int[n + 1 + (e.PushLasti ? 1 : 0)];
                Array.Copy(shape, h, n);
                var k = n;
                if (e.PushLasti) h[k++] = HandlerBase + 2 * e.Target;
                h[k] = HandlerBase + 2 * e.Target + 1;
                Visit(e.Target, h);
            }
        }
        Cache.AddOrUpdate(instrs, shapes);
        return shapes;
    }

    /// <summary>True when the instruction leaves the slots below its net effect untouched and pushes nothing.</summary>
    private static bool PushesNothing(OpCode op, bool jump) => op switch
    {
        OpCode.NOP or OpCode.RESUME or OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD or OpCode.KW_NAMES
            or OpCode.POP_TOP or OpCode.STORE_FAST or OpCode.STORE_NAME or OpCode.STORE_GLOBAL or OpCode.STORE_DEREF
            or OpCode.DELETE_FAST or OpCode.DELETE_NAME or OpCode.DELETE_GLOBAL or OpCode.DELETE_DEREF
            or OpCode.STORE_ATTR or OpCode.DELETE_ATTR or OpCode.STORE_SUBSCR or OpCode.DELETE_SUBSCR
            or OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE or OpCode.POP_JUMP_IF_NONE or OpCode.POP_JUMP_IF_NOT_NONE
            or OpCode.JUMP_IF_FALSE_OR_POP or OpCode.JUMP_IF_TRUE_OR_POP
            or OpCode.LIST_APPEND or OpCode.SET_ADD or OpCode.MAP_ADD or OpCode.LIST_EXTEND or OpCode.SET_UPDATE
            or OpCode.DICT_UPDATE or OpCode.DICT_MERGE or OpCode.RETURN_VALUE or OpCode.RAISE_VARARGS or OpCode.RERAISE
            or OpCode.POP_EXCEPT or OpCode.IMPORT_STAR or OpCode.SWAP => true,
        OpCode.FOR_ITER or OpCode.SEND => jump,
        _ => false,
    };

    private static int[] Apply(int[] shape, Instruction ins, int index, bool jump)
    {
        var effect = StackDepth.Effect(ins, jump);
        var newLength = Math.Max(0, shape.Length + effect);
        var result = new int[newLength];
        Array.Copy(shape, result, Math.Min(shape.Length, newLength));
        if (ins.Op == OpCode.SWAP && ins.Arg >= 1 && ins.Arg <= newLength)
        {
            (result[newLength - 1], result[newLength - ins.Arg]) = (result[newLength - ins.Arg], result[newLength - 1]);
            return result;
        }
        if (PushesNothing(ins.Op, jump) || newLength == 0) return result;
        var produced = Math.Clamp(effect, 1, newLength);
        for (var k = newLength - produced; k < newLength; k++) result[k] = index;
        return result;
    }
}

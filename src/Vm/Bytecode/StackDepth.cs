namespace PyDbg.Vm.Bytecode;

/// <summary>Stack effects of the instruction set and the maximum operand-stack depth of a code object (co_stacksize).</summary>
public static class StackDepth
{
    public static bool IsJump(OpCode op) => op is OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD
        or OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE or OpCode.POP_JUMP_IF_NONE
        or OpCode.POP_JUMP_IF_NOT_NONE or OpCode.JUMP_IF_FALSE_OR_POP or OpCode.JUMP_IF_TRUE_OR_POP
        or OpCode.FOR_ITER or OpCode.SEND;

    public static bool IsUnconditionalJump(OpCode op) => op is OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD;

    /// <summary>Instructions after which control never falls through.</summary>
    public static bool IsTerminal(OpCode op) => op is OpCode.RETURN_VALUE or OpCode.RAISE_VARARGS or OpCode.RERAISE
        or OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD;

    /// <summary>The stack effect of an instruction; <paramref name="jump"/> selects the effect when its jump is taken.</summary>
    public static int Effect(Instruction ins, bool jump)
    {
        var n = ins.Arg;
        switch (ins.Op)
        {
            case OpCode.NOP: case OpCode.RESUME: case OpCode.SWAP: return 0;
            case OpCode.POP_TOP: return -1;
            case OpCode.PUSH_NULL: case OpCode.COPY: return 1;
            case OpCode.LOAD_CONST: case OpCode.LOAD_FAST: case OpCode.LOAD_NAME: case OpCode.LOAD_DEREF:
            case OpCode.LOAD_CLASSDEREF: case OpCode.LOAD_CLOSURE: return 1;
            case OpCode.LOAD_GLOBAL: return (n & 1) != 0 ? 2 : 1;
            case OpCode.STORE_FAST: case OpCode.STORE_NAME: case OpCode.STORE_GLOBAL: case OpCode.STORE_DEREF: return -1;
            case OpCode.DELETE_FAST: case OpCode.DELETE_NAME: case OpCode.DELETE_GLOBAL: case OpCode.DELETE_DEREF: return 0;
            case OpCode.LOAD_ATTR: return 0;
            case OpCode.STORE_ATTR: return -2;
            case OpCode.DELETE_ATTR: return -1;
            case OpCode.LOAD_METHOD: return 1;
            case OpCode.BINARY_OP: return -1;
            case OpCode.UNARY_NEGATIVE: case OpCode.UNARY_POSITIVE: case OpCode.UNARY_NOT: case OpCode.UNARY_INVERT: return 0;
            case OpCode.COMPARE_OP: case OpCode.IS_OP: case OpCode.CONTAINS_OP: return -1;
            case OpCode.BINARY_SUBSCR: return -1;
            case OpCode.STORE_SUBSCR: return -3;
            case OpCode.DELETE_SUBSCR: return -2;
            case OpCode.BUILD_SLICE: return 1 - n;
            case OpCode.BUILD_TUPLE: case OpCode.BUILD_LIST: case OpCode.BUILD_SET: case OpCode.BUILD_STRING: return 1 - n;
            case OpCode.BUILD_MAP: return 1 - 2 * n;
            case OpCode.BUILD_CONST_KEY_MAP: return -n;
            case OpCode.LIST_APPEND: case OpCode.SET_ADD: return -1;
            case OpCode.MAP_ADD: return -2;
            case OpCode.LIST_EXTEND: case OpCode.SET_UPDATE: case OpCode.DICT_UPDATE: case OpCode.DICT_MERGE: return -1;
            case OpCode.LIST_TO_TUPLE: return 0;
            case OpCode.FORMAT_VALUE: return (n & 4) != 0 ? -1 : 0;
            case OpCode.UNPACK_SEQUENCE: return n - 1;
            case OpCode.UNPACK_EX: return (n & 0xFF) + (n >> 8);
            case OpCode.JUMP_FORWARD: case OpCode.JUMP_BACKWARD: return 0;
            case OpCode.POP_JUMP_IF_FALSE: case OpCode.POP_JUMP_IF_TRUE: case OpCode.POP_JUMP_IF_NONE: case OpCode.POP_JUMP_IF_NOT_NONE: return -1;
            case OpCode.JUMP_IF_FALSE_OR_POP: case OpCode.JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
            case OpCode.GET_ITER: return 0;
            case OpCode.FOR_ITER: return jump ? -1 : 1;
            case OpCode.RETURN_VALUE: return -1;
            case OpCode.MAKE_FUNCTION: return -System.Numerics.BitOperations.PopCount((uint)(n & 0xF));
            case OpCode.KW_NAMES: return 0;
            case OpCode.CALL: return -(n + 1);
            case OpCode.CALL_FUNCTION_EX: return -(2 + (n & 1));
            case OpCode.RAISE_VARARGS: return -n;
            case OpCode.RERAISE: return -1;
            case OpCode.PUSH_EXC_INFO: return 1;
            case OpCode.POP_EXCEPT: return -1;
            case OpCode.CHECK_EXC_MATCH: return 0;
            case OpCode.LOAD_ASSERTION_ERROR: case OpCode.LOAD_BUILD_CLASS: return 1;
            case OpCode.IMPORT_NAME: return -1;
            case OpCode.IMPORT_FROM: return 1;
            case OpCode.IMPORT_STAR: return -1;
            case OpCode.BEFORE_WITH: return 1;
            case OpCode.WITH_EXCEPT_START: return 1;
            case OpCode.RETURN_GENERATOR: return 1;
            case OpCode.YIELD_VALUE: return 0;
            case OpCode.SEND: return jump ? -1 : 0;
            case OpCode.GET_YIELD_FROM_ITER: return 0;
            default: return 0;
        }
    }

    /// <summary>The largest operand-stack depth any path reaches (exception handlers included).</summary>
    public static int Compute(Instruction[] code, ExceptionTableEntry[] table)
    {
        if (code.Length == 0) return 0;
        var depth = new int[code.Length];
        Array.Fill(depth, -1);
        var work = new Stack<int>();
        var max = 0;
        void Visit(int index, int d)
        {
            if ((uint)index >= (uint)code.Length || d < 0) return;
            if (depth[index] >= d) return;
            depth[index] = d;
            if (d > max) max = d;
            work.Push(index);
        }
        Visit(0, 0);
        foreach (var e in table)
            Visit(e.Target, e.Depth + 1 + (e.PushLasti ? 1 : 0));
        while (work.Count > 0)
        {
            var i = work.Pop();
            var d = depth[i];
            var ins = code[i];
            // The peak within an instruction: CALL-like ops pop before pushing, so the peak is the entry or exit depth.
            if (IsJump(ins.Op))
            {
                var jd = d + Effect(ins, true);
                if (jd > max) max = jd;
                Visit(ins.Arg, jd);
            }
            if (!IsTerminal(ins.Op))
            {
                var nd = d + Effect(ins, false);
                if (nd > max) max = nd;
                Visit(i + 1, nd);
            }
            // Handler entries: an exception anywhere in a covered range lands at the handler.
            foreach (var e in table)
                if (i >= e.Start && i < e.End)
                    Visit(e.Target, e.Depth + 1 + (e.PushLasti ? 1 : 0));
        }
        return max;
    }
}

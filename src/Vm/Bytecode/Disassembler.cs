using System.Text;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Bytecode;

/// <summary>
/// A listing in the style of CPython 3.11's <c>dis.dis</c>: the code object itself, then every
/// nested code object ("Disassembly of &lt;code object f ...&gt;:").
/// CONTRACT: signature frozen; the compiler/VM owner implements it.
/// </summary>
public static class Disassembler
{
    private const int OpNameWidth = 20, OpArgWidth = 5;

    public static string Disassemble(CodeObject code)
    {
        var sb = new StringBuilder();
        var addresses = new Dictionary<CodeObject, int>(ReferenceEqualityComparer.Instance);
        DisassembleRecursive(code, sb, addresses);
        return sb.ToString();
    }

    private static void DisassembleRecursive(CodeObject code, StringBuilder sb, Dictionary<CodeObject, int> addresses)
    {
        DisassembleOne(code, sb, addresses);
        foreach (var c in code.Constants)
        {
            if (c is not CodeObject nested) continue;
            sb.Append('\n');
            sb.Append("Disassembly of ").Append(CodeRepr(nested, addresses)).Append(":\n");
            DisassembleRecursive(nested, sb, addresses);
        }
    }

    /// <summary>CPython's repr of a code object, with a deterministic fake address.</summary>
    public static string CodeRepr(CodeObject code, Dictionary<CodeObject, int> addresses)
    {
        if (!addresses.TryGetValue(code, out var n)) addresses[code] = n = addresses.Count + 1;
        var address = 0x7f0000000000L + n * 0x100L;
        return $"<code object {code.Name} at 0x{address:x}, file \"{code.FileName}\", line {code.FirstLineNo}>";
    }

    /// <summary>The line each instruction starts, or -1 (dis's findlinestarts over our positions).</summary>
    public static int[] LineStartsOf(CodeObject code)
    {
        var starts = new int[code.Instructions.Length];
        var last = -1;
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = -1;
            var line = code.Positions[i].Line;
            if (line == 0 && i != 0) continue;
            if (line != last)
            {
                starts[i] = line;
                last = line;
            }
        }
        return starts;
    }

    public static bool HasArgument(OpCode op) => op switch
    {
        OpCode.NOP or OpCode.POP_TOP or OpCode.PUSH_NULL or OpCode.UNARY_NEGATIVE or OpCode.UNARY_POSITIVE
            or OpCode.UNARY_NOT or OpCode.UNARY_INVERT or OpCode.BINARY_SUBSCR or OpCode.STORE_SUBSCR
            or OpCode.DELETE_SUBSCR or OpCode.GET_ITER or OpCode.RETURN_VALUE or OpCode.LOAD_ASSERTION_ERROR
            or OpCode.LOAD_BUILD_CLASS or OpCode.PUSH_EXC_INFO or OpCode.POP_EXCEPT or OpCode.CHECK_EXC_MATCH
            or OpCode.BEFORE_WITH or OpCode.WITH_EXCEPT_START or OpCode.RETURN_GENERATOR
            or OpCode.GET_YIELD_FROM_ITER or OpCode.IMPORT_STAR or OpCode.LIST_TO_TUPLE or OpCode.YIELD_VALUE => false,
        _ => true,
    };

    private static void DisassembleOne(CodeObject code, StringBuilder sb, Dictionary<CodeObject, int> addresses)
    {
        var ins = PyDbg.Vm.Debugging.CodeInstrumentation.OriginalInstructions(code); // never the debugger's instrumented copy
        var starts = LineStartsOf(code);
        var maxLine = 0;
        foreach (var s in starts) if (s > maxLine) maxLine = s;
        var linenoWidth = maxLine >= 1000 ? maxLine.ToString().Length : 3;
        var maxOffset = ins.Length * 2 - 2;
        var offsetWidth = maxOffset >= 10000 ? maxOffset.ToString().Length : 4;
        var targets = new bool[ins.Length];
        foreach (var i in ins)
            if (StackDepth.IsJump(i.Op) && (uint)i.Arg < (uint)ins.Length) targets[i.Arg] = true;
        foreach (var e in code.ExceptionTable)
            if ((uint)e.Target < (uint)ins.Length) targets[e.Target] = true;

        var line = new StringBuilder();
        for (var i = 0; i < ins.Length; i++)
        {
            if (starts[i] >= 0 && i > 0) sb.Append('\n');
            line.Clear();
            line.Append(starts[i] >= 0 ? starts[i].ToString().PadLeft(linenoWidth) : new string(' ', linenoWidth));
            line.Append(' ').Append("   ");
            line.Append(' ').Append(targets[i] ? ">>" : "  ");
            line.Append(' ').Append((i * 2).ToString().PadLeft(offsetWidth));
            line.Append(' ').Append(InstructionColumns(ins[i], HasArgument(ins[i].Op) ? ArgRepr(code, ins[i], addresses) : ""));
            sb.Append(line.ToString().TrimEnd()).Append('\n');
        }
        if (code.ExceptionTable.Length > 0)
        {
            sb.Append("ExceptionTable:\n");
            foreach (var e in code.ExceptionTable)
                sb.Append($"  {e.Start * 2} to {(e.End - 1) * 2} -> {e.Target * 2} [{e.Depth}]{(e.PushLasti ? " lasti" : "")}\n");
        }
    }

    /// <summary>The instruction columns of a dis line: the opcode name padded to 20, the argument
    /// right-aligned in 5, then its meaning in parentheses ("LOAD_FAST                0 (x)").</summary>
    public static string InstructionColumns(Instruction ins, string argRepr)
    {
        var name = ins.Op.ToString();
        if (!HasArgument(ins.Op)) return name;
        var text = name.PadRight(OpNameWidth) + " " + ins.Arg.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(OpArgWidth);
        return argRepr.Length > 0 ? text + " (" + argRepr + ")" : text;
    }

    private static readonly string[] MakeFunctionFlags = { "defaults", "kwdefaults", "annotations", "closure" };
    private static readonly string[] Conversions = { "", "str", "repr", "ascii" };

    public static string ArgRepr(CodeObject code, Instruction ins, Dictionary<CodeObject, int> addresses)
    {
        var arg = ins.Arg;
        switch (ins.Op)
        {
            case OpCode.LOAD_CONST:
                return (uint)arg < (uint)code.Constants.Length ? ConstRepr(code.Constants[arg], addresses) : "";
            case OpCode.LOAD_GLOBAL:
            {
                var name = NameAt(code.Names, arg >> 1);
                return (arg & 1) != 0 ? "NULL + " + name : name;
            }
            case OpCode.LOAD_NAME: case OpCode.STORE_NAME: case OpCode.DELETE_NAME:
            case OpCode.LOAD_ATTR: case OpCode.STORE_ATTR: case OpCode.DELETE_ATTR: case OpCode.LOAD_METHOD:
            case OpCode.STORE_GLOBAL: case OpCode.DELETE_GLOBAL: case OpCode.IMPORT_NAME: case OpCode.IMPORT_FROM:
                return NameAt(code.Names, arg);
            case OpCode.LOAD_FAST: case OpCode.STORE_FAST: case OpCode.DELETE_FAST:
                return NameAt(code.VarNames, arg);
            case OpCode.LOAD_CLOSURE: case OpCode.LOAD_DEREF: case OpCode.STORE_DEREF: case OpCode.DELETE_DEREF:
            case OpCode.LOAD_CLASSDEREF:
                return arg < code.CellVars.Length ? code.CellVars[arg] : NameAt(code.FreeVars, arg - code.CellVars.Length);
            case OpCode.COMPARE_OP:
                return (uint)arg < 6 ? OperatorText.Symbol((CompareOperator)arg) : "";
            case OpCode.BINARY_OP:
                return (uint)arg < 26 ? OperatorText.Symbol((BinaryOperator)arg) : "";
            case OpCode.FORMAT_VALUE:
            {
                var s = Conversions[arg & 3];
                if ((arg & 4) != 0) s = s.Length > 0 ? s + ", with format" : "with format";
                return s;
            }
            case OpCode.MAKE_FUNCTION:
            {
                var parts = new List<string>();
                for (var i = 0; i < 4; i++) if ((arg & (1 << i)) != 0) parts.Add(MakeFunctionFlags[i]);
                return string.Join(", ", parts);
            }
            default:
                return StackDepth.IsJump(ins.Op) ? "to " + arg * 2 : "";
        }
    }

    private static string NameAt(string[] names, int i) => (uint)i < (uint)names.Length ? names[i] : "";

    public static string ConstRepr(PyObject value, Dictionary<CodeObject, int> addresses) => value switch
    {
        CodeObject c => CodeRepr(c, addresses),
        PyNone => "None",
        PyBool b => b.Value ? "True" : "False",
        PyEllipsis => "Ellipsis",
        PyInt { IsSmall: true } i => i.Small.ToString(System.Globalization.CultureInfo.InvariantCulture),
        PyTuple t => TupleRepr(t, addresses),
        _ => Ops.Repr(value),
    };

    private static string TupleRepr(PyTuple t, Dictionary<CodeObject, int> addresses)
    {
        if (t.Items.Length == 1) return "(" + ConstRepr(t.Items[0], addresses) + ",)";
        var sb = new StringBuilder("(");
        for (var i = 0; i < t.Items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(ConstRepr(t.Items[i], addresses));
        }
        return sb.Append(')').ToString();
    }
}

using PyDbg.Frontend.Compilation;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;

namespace PyDbg.Frontend.Tests.Compilation;

/// <summary>Instruction spans equal CPython 3.11's co_positions() for the same program (values
/// recorded from python3: (line, end line, column, end column)).</summary>
public class PositionTableTests
{
    private const string Program =
        "def f(a, o):\n" +
        "    r = o.m(a,\n" +
        "            2) + a[1] * 3\n" +
        "    for i in o:\n" +
        "        a += i\n" +
        "    return r\n";

    private static CodeObject Function()
    {
        var source = new SourceText("pt.py", Program);
        var module = Compiler.CompileModule(Parser.ParseModule(source), source);
        return module.Constants.OfType<CodeObject>().Single();
    }

    private static SourceSpan SpanOf(CodeObject code, OpCode op, int occurrence = 0, string? argRepr = null)
    {
        var seen = 0;
        for (var i = 0; i < code.Instructions.Length; i++)
        {
            if (code.Instructions[i].Op != op) continue;
            if (argRepr is not null && Disassembler.ArgRepr(code, code.Instructions[i], new()) != argRepr) continue;
            if (seen++ == occurrence) return code.Positions[i];
        }
        throw new InvalidOperationException($"no {op} #{occurrence}");
    }

    // CPython's tuple order is (lineno, end_lineno, col_offset, end_col_offset).
    private static SourceSpan Py(int line, int endLine, int col, int endCol) => new(line, col, endLine, endCol);

    [Theory]
    [InlineData(OpCode.RESUME, 0, null, 1, 1, 0, 0)]
    [InlineData(OpCode.LOAD_METHOD, 0, "m", 2, 2, 8, 11)]
    [InlineData(OpCode.CALL, 0, null, 2, 3, 8, 14)]
    [InlineData(OpCode.BINARY_SUBSCR, 0, null, 3, 3, 17, 21)]
    [InlineData(OpCode.BINARY_OP, 0, "*", 3, 3, 17, 25)]
    [InlineData(OpCode.BINARY_OP, 0, "+", 2, 3, 8, 25)]
    [InlineData(OpCode.STORE_FAST, 0, "r", 2, 2, 4, 5)]
    [InlineData(OpCode.GET_ITER, 0, null, 4, 5, 4, 14)]
    [InlineData(OpCode.FOR_ITER, 0, null, 4, 5, 4, 14)]
    [InlineData(OpCode.STORE_FAST, 0, "i", 4, 4, 8, 9)]
    [InlineData(OpCode.BINARY_OP, 0, "+=", 5, 5, 8, 14)]
    [InlineData(OpCode.STORE_FAST, 0, "a", 5, 5, 8, 9)]
    [InlineData(OpCode.JUMP_BACKWARD, 0, null, 5, 5, 8, 9)]
    [InlineData(OpCode.LOAD_FAST, 0, "r", 6, 6, 11, 12)]
    public void SpanMatchesCPython(OpCode op, int occurrence, string? arg, int line, int endLine, int col, int endCol)
    {
        SpanOf(Function(), op, occurrence, arg).Should().Be(Py(line, endLine, col, endCol));
    }

    [Fact]
    public void ModuleCodeSpansTheDefStatementAndStartsWithResume()
    {
        var source = new SourceText("pt.py", Program);
        var module = Compiler.CompileModule(Parser.ParseModule(source), source);
        module.Instructions[0].Op.Should().Be(OpCode.RESUME);
        SpanOf(module, OpCode.MAKE_FUNCTION).Should().Be(Py(1, 6, 0, 12));
        SpanOf(module, OpCode.RETURN_VALUE).Should().Be(Py(1, 6, 0, 12));
    }
}

using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Bytecode;

/// <summary>Hand-built code objects: label patching, spans, stack depth, the listing and the loop.</summary>
public class CodeBuilderTests
{
    /// <summary>total = 0; i = 3; while i: total += i; i -= 1  (module-level names).</summary>
    private static CodeObject CountDown()
    {
        var b = new CodeBuilder();
        b.Emit(OpCode.RESUME, 0);
        using (b.At(new SourceSpan(1, 0, 1, 9)))
        {
            b.Emit(OpCode.LOAD_CONST, b.AddConst(PyInt.From(0)));
            b.Emit(OpCode.STORE_NAME, b.AddName("total"));
        }
        using (b.At(new SourceSpan(2, 0, 2, 5)))
        {
            b.Emit(OpCode.LOAD_CONST, b.AddConst(PyInt.From(3)));
            b.Emit(OpCode.STORE_NAME, b.AddName("i"));
        }
        var loop = b.NewLabel();
        var end = b.NewLabel();
        b.Mark(loop);
        using (b.At(new SourceSpan(3, 0, 3, 7)))
        {
            b.Emit(OpCode.LOAD_NAME, b.AddName("i"));
            b.Emit(OpCode.POP_JUMP_IF_FALSE, end);
        }
        using (b.At(new SourceSpan(4, 4, 4, 14)))
        {
            b.Emit(OpCode.LOAD_NAME, b.AddName("total"));
            b.Emit(OpCode.LOAD_NAME, b.AddName("i"));
            b.Emit(OpCode.BINARY_OP, (int)BinaryOperator.InplaceAdd);
            b.Emit(OpCode.STORE_NAME, b.AddName("total"));
            b.Emit(OpCode.LOAD_NAME, b.AddName("i"));
            b.Emit(OpCode.LOAD_CONST, b.AddConst(PyInt.From(1)));
            b.Emit(OpCode.BINARY_OP, (int)BinaryOperator.InplaceSubtract);
            b.Emit(OpCode.STORE_NAME, b.AddName("i"));
            b.Emit(OpCode.JUMP_BACKWARD, loop);
        }
        b.Mark(end);
        using (b.At(new SourceSpan(3, 0, 3, 7)))
        {
            b.Emit(OpCode.LOAD_CONST, b.AddConst(PyNone.Instance));
            b.Emit(OpCode.RETURN_VALUE);
        }
        return b.Build(new CodeBuilder.CodeInfo { Name = "<module>", QualName = "<module>", FileName = "t.py", FirstLineNo = 1 });
    }

    [Fact]
    public void LabelsArePatchedToAbsoluteIndicesAndConstantsInterned()
    {
        var code = CountDown();
        code.Instructions[6].Should().Be(new Instruction(OpCode.POP_JUMP_IF_FALSE, 16));
        code.Instructions[15].Should().Be(new Instruction(OpCode.JUMP_BACKWARD, 5));
        code.Constants.Should().HaveCount(4);
        code.Names.Should().Equal("total", "i");
        code.StackSize.Should().Be(2);
        code.Positions[9].Should().Be(new SourceSpan(4, 4, 4, 14));
    }

    [Fact]
    public void ListingFollowsCPythonDisFormat()
    {
        var listing = Disassembler.Disassemble(CountDown());
        listing.Should().Contain("  3     >>   10 LOAD_NAME                1 (i)\n");
        listing.Should().Contain("             12 POP_JUMP_IF_FALSE       16 (to 32)\n");
        listing.Should().Contain("             18 BINARY_OP               13 (+=)\n");
        listing.Should().StartWith("  0           0 RESUME                   0\n\n  1           2 LOAD_CONST               0 (0)\n");
    }

    [Fact]
    public void InterpreterRunsHandBuiltCode()
    {
        var context = new PyContext();
        PyDbg.Vm.Runtime.Builtins.Populate(context.Builtins);
        using var _ = context.Enter();
        var globals = new PyDict();
        Interpreter.RunModule(CountDown(), globals, context.Builtins);
        globals.TryGetValue("total", out var total).Should().BeTrue();
        ((PyInt)total).Small.Should().Be(6);
        context.CallDepth.Should().Be(0);
    }
}

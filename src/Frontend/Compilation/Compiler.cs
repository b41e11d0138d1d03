using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;

namespace PyDbg.Frontend.Compilation;

/// <summary>
/// The compiler facade: AST to code objects (symbol tables first, then code generation).
/// Compile-time errors ('return' outside function, nonlocal at module level, ...) are thrown as
/// <see cref="PythonSyntaxError"/>.
/// CONTRACT: signatures frozen; the compiler owner implements the bodies.
/// </summary>
public static partial class Compiler
{
    public static CodeObject CompileModule(Module module, SourceText source) => throw new NotImplementedException();
}

using PyDbg.Frontend.Compilation;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;

namespace PyDbg.Frontend.Tests.Compilation;

/// <summary>
/// Golden listings: each Dis/NAME.py compiles to exactly Dis/NAME.dis. The listings were checked
/// against `python3 -m dis NAME.py` (same opcodes, arguments shown, line starts and exception
/// tables, modulo 3.11's PRECALL/CACHE entries and our absolute jump arguments).
/// </summary>
public class DisGoldenTests
{
    private static string DisDirectory([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Dis");

    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(DisDirectory(), "*.py").Order().Select(p => new object[] { Path.GetFileName(p) });

    [Theory]
    [MemberData(nameof(Programs))]
    public void ListingMatchesGoldenFile(string name)
    {
        var dir = DisDirectory();
        var source = new SourceText(name, File.ReadAllText(Path.Combine(dir, name)));
        var code = Compiler.CompileModule(Parser.ParseModule(source), source);
        var expected = File.ReadAllText(Path.Combine(dir, Path.ChangeExtension(name, ".dis")));
        Disassembler.Disassemble(code).Should().Be(expected);
    }
}

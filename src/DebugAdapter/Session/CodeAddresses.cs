using System.Globalization;
using PyDbg.Vm.Bytecode;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// Gives every code object of a session a numeric base address, so that an instruction has a
/// DAP memory address ("0x" + hex): <c>(codeId &lt;&lt; 24) + offset</c>, offset = 2 * instruction index
/// (as in CPython, one instruction is two bytes). VS Code's disassembly view does arithmetic on
/// these addresses, and instruction breakpoints give an address plus a byte offset.
/// CONTRACT: Of / TryResolve keep their signatures.
/// </summary>
public sealed class CodeAddresses
{
    private const int OffsetBits = 24;
    private readonly object _gate = new();
    private readonly List<CodeObject> _codes = new();
    private readonly Dictionary<CodeObject, int> _ids = new(ReferenceEqualityComparer.Instance);

    /// <summary>The id of a code object (1-based; assigned on first use).</summary>
    public int IdOf(CodeObject code)
    {
        lock (_gate)
        {
            if (_ids.TryGetValue(code, out var id)) return id;
            _codes.Add(code);
            id = _codes.Count;
            _ids[code] = id;
            return id;
        }
    }

    /// <summary>The address of the instruction at byte <paramref name="offset"/> of <paramref name="code"/>.</summary>
    public string Of(CodeObject code, int offset) => Format(((long)IdOf(code) << OffsetBits) + offset);

    public static string Format(long address) => "0x" + address.ToString("X8", CultureInfo.InvariantCulture);

    /// <summary>Parses an address ("0x..." or decimal) plus a byte offset into a code object and a byte
    /// offset inside it; false when the address names no known code object or falls outside it.</summary>
    public bool TryResolve(string reference, long byteOffset, out CodeObject code, out int offset)
    {
        code = null!;
        offset = 0;
        if (!TryParse(reference, out var address)) return false;
        address += byteOffset;
        if (address < 0) return false;
        var id = (int)(address >> OffsetBits);
        var within = (int)(address & ((1L << OffsetBits) - 1));
        lock (_gate)
        {
            if (id < 1 || id > _codes.Count) return false;
            code = _codes[id - 1];
        }
        if (within >= 2 * code.Instructions.Length) return false;
        offset = within;
        return true;
    }

    /// <summary>The code object with id <paramref name="id"/> (see <see cref="IdOf"/>), if any.</summary>
    public bool TryGetCode(int id, out CodeObject code)
    {
        lock (_gate)
        {
            code = id >= 1 && id <= _codes.Count ? _codes[id - 1] : null!;
            return code is not null;
        }
    }

    /// <summary>The address of the first instruction of the code object with id <paramref name="id"/>.</summary>
    public static long BaseOf(int id) => (long)id << OffsetBits;

    /// <summary>Splits an address into a code object id and a byte offset inside it.</summary>
    public static (int Id, int Within) Split(long address) =>
        ((int)(address >> OffsetBits), (int)(address & ((1L << OffsetBits) - 1)));

    public static bool TryParse(string reference, out long address)
    {
        reference = reference.Trim();
        if (reference.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            return long.TryParse(reference.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out address);
        return long.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out address);
    }
}

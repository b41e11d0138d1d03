using PyDbg.Frontend.Semantics;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// Where each name of a scope lives at run time: function-like scopes keep their locals in slots
/// (co_varnames order) and their cell and free variables in an array of cells (co_cellvars then
/// co_freevars); module and class bodies keep their names in a dict.
/// </summary>
public sealed class ScopeLayout
{
    public Scope Scope { get; }
    public string[] VarNames { get; }
    public string[] CellNames { get; }
    public int CellVarCount { get; }
    private readonly Dictionary<string, int> _slots = new();
    private readonly Dictionary<string, int> _cells = new();
    /// <summary>For each cell variable that is also a parameter, its slot (copied into the cell at entry).</summary>
    public (int Cell, int Slot)[] ParameterCells { get; }

    public ScopeLayout(Scope scope)
    {
        Scope = scope;
        VarNames = scope.VarNames.ToArray();
        for (var i = 0; i < VarNames.Length; i++) _slots[VarNames[i]] = i;
        var cells = new List<string>(scope.CellVars);
        CellVarCount = cells.Count;
        cells.AddRange(scope.FreeVars);
        CellNames = cells.ToArray();
        for (var i = 0; i < CellNames.Length; i++) _cells.TryAdd(CellNames[i], i);
        var parameterCells = new List<(int, int)>();
        for (var i = 0; i < CellVarCount; i++)
            if (_slots.TryGetValue(CellNames[i], out var slot)) parameterCells.Add((i, slot));
        ParameterCells = parameterCells.ToArray();
    }

    private readonly Dictionary<string, (SymbolKind Kind, int Index)> _resolved = new();

    /// <summary>How a (mangled) name is reached in this scope: its kind and its slot or cell index.</summary>
    public (SymbolKind Kind, int Index) Resolve(string name)
    {
        if (_resolved.TryGetValue(name, out var r)) return r;
        lock (_resolved)
        {
            var kind = Scope.Symbols.TryGetValue(name, out var k) ? k : SymbolKind.GlobalImplicit;
            var index = kind switch
            {
                SymbolKind.Local => SlotOf(name),
                SymbolKind.Cell or SymbolKind.Free => CellOf(name),
                _ => -1,
            };
            r = (kind, index);
            _resolved[name] = r;
            return r;
        }
    }

    public int SlotOf(string name) => _slots.TryGetValue(name, out var i) ? i : -1;
    public int CellOf(string name) => _cells.TryGetValue(name, out var i) ? i : -1;
}

using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;

namespace PyDbg.Frontend.Semantics;

/// <summary>
/// The second pass of symbol-table construction (CPython's analyze_block / analyze_name /
/// analyze_cells / update_symbols): decides for every name of every scope whether it is local,
/// global (explicit or implicit), free or a cell, propagating free variables through the
/// intermediate scopes; then materialises the public <see cref="Scope"/> objects.
/// </summary>
internal sealed class SymbolAnalyzer
{
    private readonly SourceText _source;
    private readonly Dictionary<ScopeBuilderInfo, Dictionary<string, SymbolKind>> _kinds = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<ScopeBuilderInfo> _needsClassClosure = new(ReferenceEqualityComparer.Instance);

    public SymbolAnalyzer(SourceText source) => _source = source;

    public void Analyze(ScopeBuilderInfo top)
    {
        AnalyzeBlock(top, null, new HashSet<string>(), new HashSet<string>());
    }

    private void AnalyzeBlock(ScopeBuilderInfo ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        var local = new HashSet<string>();
        var scopes = new Dictionary<string, SymbolKind>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();
        var isClass = ste.Kind == ScopeKind.Class;

        if (isClass)
        {
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }
        foreach (var (name, flags) in ste.Flags)
            AnalyzeName(ste, scopes, name, flags, bound, local, free, global);

        if (!isClass)
        {
            if (ste.IsFunctionBlock) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            newBound.Add("__class__");
        }

        var allFree = new HashSet<string>();
        foreach (var child in ste.Children)
        {
            var tempBound = new HashSet<string>(newBound);
            var tempFree = new HashSet<string>(newFree);
            var tempGlobal = new HashSet<string>(newGlobal);
            AnalyzeBlock(child, tempBound, tempFree, tempGlobal);
            allFree.UnionWith(tempFree);
        }
        newFree.UnionWith(allFree);

        if (ste.IsFunctionBlock) AnalyzeCells(scopes, newFree);
        else if (isClass && newFree.Remove("__class__")) _needsClassClosure.Add(ste);

        UpdateSymbols(ste, scopes, bound, newFree, isClass);
        free.UnionWith(newFree);
        _kinds[ste] = scopes;
    }

    private void AnalyzeName(ScopeBuilderInfo ste, Dictionary<string, SymbolKind> scopes, string name, DefFlags flags,
        HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        if ((flags & DefFlags.Global) != 0)
        {
            if ((flags & DefFlags.Nonlocal) != 0)
                throw ErrorAtDirective(ste, name, $"name '{name}' is nonlocal and global");
            scopes[name] = SymbolKind.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & DefFlags.Nonlocal) != 0)
        {
            if (bound is null)
                throw ErrorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.Contains(name))
                throw ErrorAtDirective(ste, name, $"no binding for nonlocal '{name}' found");
            scopes[name] = SymbolKind.Free;
            free.Add(name);
            return;
        }
        if ((flags & DefFlags.Bound) != 0)
        {
            scopes[name] = SymbolKind.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        if (bound is not null && bound.Contains(name))
        {
            scopes[name] = SymbolKind.Free;
            free.Add(name);
            return;
        }
        scopes[name] = SymbolKind.GlobalImplicit;
    }

    private static void AnalyzeCells(Dictionary<string, SymbolKind> scopes, HashSet<string> free)
    {
        foreach (var name in scopes.Keys.ToList())
        {
            if (scopes[name] != SymbolKind.Local || !free.Contains(name)) continue;
            scopes[name] = SymbolKind.Cell;
            free.Remove(name);
        }
    }

    private static void UpdateSymbols(ScopeBuilderInfo ste, Dictionary<string, SymbolKind> scopes, HashSet<string>? bound,
        HashSet<string> free, bool isClass)
    {
        foreach (var name in free)
        {
            if (ste.Flags.TryGetValue(name, out var flags))
            {
                // A method's free variable with the name of a class-level binding: the class passes it through.
                if (isClass && (flags & (DefFlags.Bound | DefFlags.Global)) != 0)
                    ste.Flags[name] = flags | DefFlags.FreeClass;
                continue;
            }
            if (bound is not null && !bound.Contains(name)) continue;
            ste.Flags[name] = DefFlags.None;
            scopes[name] = SymbolKind.Free;
        }
    }

    private PythonSyntaxError ErrorAtDirective(ScopeBuilderInfo ste, string name, string message)
    {
        var span = ste.Directives.TryGetValue(name, out var s) ? s : ste.Node.Span;
        return SymbolTableBuilder.MakeError(_source, message, span);
    }

    // ---- materialising the public scopes ----

    public Scope Materialize(ScopeBuilderInfo info, Scope? parent, SymbolTable? table, List<Scope> all)
    {
        var kinds = _kinds[info];
        var scope = new Scope
        {
            Kind = info.Kind,
            Name = info.Name,
            QualName = QualNameOf(info, parent),
            Node = info.Node,
            Parent = parent,
            IsGenerator = info.IsGenerator,
            // CO_NESTED is a function flag: a class body inside a function is not marked, its methods are.
            IsNested = info.IsNested && info.IsFunctionBlock,
            PrivateName = info.Private,
            NeedsClassClosure = _needsClassClosure.Contains(info),
        };
        foreach (var name in info.Flags.Keys)
            scope.Symbols[name] = kinds.TryGetValue(name, out var k) ? k : SymbolKind.GlobalImplicit;

        if (info.IsFunctionBlock)
        {
            scope.VarNames.AddRange(info.Params);
            var parameters = new HashSet<string>(info.Params);
            foreach (var name in info.Appearances)
                if (!parameters.Contains(name) && scope.Symbols.TryGetValue(name, out var k) && k == SymbolKind.Local)
                    scope.VarNames.Add(name);
            // A local the compiler never touches (`z: int` without value in a function) gets no
            // slot, as in CPython; nothing ever reads or writes it.
        }
        foreach (var (name, k) in scope.Symbols)
        {
            if (k == SymbolKind.Cell) scope.CellVars.Add(name);
            else if (k == SymbolKind.Free || (info.FlagsOf(name) & DefFlags.FreeClass) != 0) scope.FreeVars.Add(name);
        }
        if (scope.NeedsClassClosure) scope.CellVars.Add("__class__");
        // CPython 3.11's co_cellvars: cells that are parameters first (in parameter order, they
        // share the parameter's slot), then the other cells sorted by name.
        scope.CellVars.Sort(string.CompareOrdinal);
        var parameterCells = new List<string>();
        foreach (var p in info.Params)
            if (scope.CellVars.Remove(p)) parameterCells.Add(p);
        scope.CellVars.InsertRange(0, parameterCells);
        scope.FreeVars.Sort(string.CompareOrdinal);
        foreach (var (name, flags) in info.Flags)
            if ((flags & DefFlags.FreeClass) != 0) scope.FreeClassNames.Add(name);

        all.Add(scope);
        foreach (var child in info.Children)
            scope.Children.Add(Materialize(child, scope, table, all));
        return scope;
    }

    /// <summary>compiler_set_qualname.</summary>
    private string QualNameOf(ScopeBuilderInfo info, Scope? parent)
    {
        if (parent is null || parent.Kind == ScopeKind.Module) return info.Name;
        if (info.Kind is ScopeKind.Function or ScopeKind.Class && info.BindingName is { } binding
            && parent.Symbols.TryGetValue(binding, out var kind) && kind == SymbolKind.GlobalExplicit)
            return info.Name;
        var prefix = parent.Kind is ScopeKind.Function or ScopeKind.Lambda ? parent.QualName + ".<locals>" : parent.QualName;
        return prefix + "." + info.Name;
    }
}

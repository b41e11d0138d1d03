using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;

namespace PyDbg.Frontend.Semantics;

/// <summary>
/// The first pass of symbol-table construction (CPython's symtable_visit_*): walks the tree,
/// opens a scope per function, lambda, class and comprehension, and records per name whether it
/// is assigned, read, a parameter, declared global/nonlocal or imported. Errors found here
/// (duplicate parameter, a name used before its global declaration, ...) are raised at once.
/// Names are visited in the order the compiler emits accesses to them, so that each scope's
/// order of first appearance is co_varnames' order.
/// </summary>
internal sealed partial class SymbolTableBuilder
{
    private readonly SourceText _source;
    private ScopeBuilderInfo _cur = null!;
    private readonly List<ScopeBuilderInfo> _stack = new();
    public ScopeBuilderInfo Top { get; private set; } = null!;

    public SymbolTableBuilder(SourceText source) => _source = source;

    public ScopeBuilderInfo Run(Module module)
    {
        Top = new ScopeBuilderInfo { Kind = ScopeKind.Module, Name = "<module>", Node = module };
        _cur = Top;
        _stack.Add(Top);
        VisitBody(module.Body);
        return Top;
    }

    public PythonSyntaxError Error(string message, SourceSpan span) => MakeError(_source, message, span);

    public static PythonSyntaxError MakeError(SourceText source, string message, SourceSpan span)
    {
        var line = span.Line;
        var column = source.CharColumn(line, span.Column) + 1;
        var endLine = span.EndLine == 0 ? line : span.EndLine;
        var endColumn = source.CharColumn(endLine, span.EndColumn) + 1;
        return new PythonSyntaxError("SyntaxError", message, source.FileName, line, column, source.GetLine(line), endLine, endColumn);
    }

    /// <summary>Private-name mangling (_Py_Mangle): "__x" inside class C becomes "_C__x".</summary>
    public static string Mangle(string? privateName, string name)
    {
        if (privateName is null || name.Length < 3 || name[0] != '_' || name[1] != '_') return name;
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        var stripped = privateName.TrimStart('_');
        if (stripped.Length == 0) return name;
        return "_" + stripped + name;
    }

    private string MangleHere(string name) => Mangle(_cur.Private, name);

    // ---- scopes ----

    private ScopeBuilderInfo Enter(ScopeKind kind, string name, Node node, string? privateName, string? bindingName)
    {
        var parent = _cur;
        var info = new ScopeBuilderInfo
        {
            Kind = kind,
            Name = name,
            Node = node,
            Parent = parent,
            Private = privateName,
            BindingName = bindingName,
            IsNested = parent.IsNested || parent.IsFunctionBlock,
        };
        parent.Children.Add(info);
        _stack.Add(info);
        _cur = info;
        return info;
    }

    private void Exit()
    {
        _stack.RemoveAt(_stack.Count - 1);
        _cur = _stack[^1];
    }

    // ---- definitions ----

    /// <summary>symtable_add_def: records <paramref name="flag"/> for a name in the current scope.</summary>
    private void AddDef(string name, DefFlags flag, SourceSpan span) => AddDefIn(_cur, MangleHere(name), flag, span);

    private void AddDefIn(ScopeBuilderInfo scope, string mangled, DefFlags flag, SourceSpan span)
    {
        var current = scope.FlagsOf(mangled);
        if ((flag & DefFlags.Param) != 0 && (current & DefFlags.Param) != 0)
            throw Error($"duplicate argument '{mangled}' in function definition", span);
        if ((flag & DefFlags.Local) != 0 && ReferenceEquals(scope, _cur) && scope.CompIterTarget)
        {
            if ((current & (DefFlags.Global | DefFlags.Nonlocal)) != 0)
                throw Error($"comprehension inner loop cannot rebind assignment expression target '{mangled}'", span);
            flag |= DefFlags.CompIter;
        }
        scope.Flags[mangled] = current | flag;
        if ((flag & DefFlags.Param) != 0) scope.Params.Add(mangled);
        if ((flag & DefFlags.Global) != 0 && !ReferenceEquals(scope, Top))
            Top.Flags[mangled] = Top.FlagsOf(mangled) | flag;
    }

    private void Appear(string name) => _cur.Appear(MangleHere(name));

    private void RecordDirective(ScopeBuilderInfo scope, string mangled, SourceSpan span) =>
        scope.Directives.TryAdd(mangled, span);
}

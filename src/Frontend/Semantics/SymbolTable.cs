using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;

namespace PyDbg.Frontend.Semantics;

/// <summary>
/// The symbol tables of a module: one <see cref="Scope"/> per module, function, lambda, class and
/// comprehension, with Python's scoping rules (local, global, nonlocal, free and cell variables;
/// class bodies are skipped by the scopes nested in them; a comprehension's outermost iterable is
/// evaluated in the enclosing scope). Errors (nonlocal at module level, "no binding for nonlocal
/// 'x' found", "name 'x' is used prior to global declaration", "'yield' outside function", ...) are
/// thrown as <see cref="PythonSyntaxError"/> with CPython's messages and locations.
/// CONTRACT: signatures frozen; the symbol-table owner implements them.
/// </summary>
public sealed partial class SymbolTable
{
    public required Scope Root { get; init; }
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);

    /// <summary>The scope opened by a Module, FunctionDef, Lambda, ClassDef or comprehension node.</summary>
    public Scope ScopeOf(Node node) => _scopes[node];

    /// <summary>Registers a scope for its node (used by the builder).</summary>
    internal void Register(Scope scope) => _scopes[scope.Node] = scope;

    public static SymbolTable Build(Module module, SourceText source)
    {
        var builder = new SymbolTableBuilder(source);
        var top = builder.Run(module);
        var analyzer = new SymbolAnalyzer(source);
        analyzer.Analyze(top);
        var all = new List<Scope>();
        var root = analyzer.Materialize(top, null, null, all);
        var table = new SymbolTable { Root = root };
        foreach (var scope in all) table.Register(scope);
        // The compiler's structural errors ('return' outside function, 'break' outside loop, ...),
        // checked here so that both engines report them before running anything.
        new StructureChecker(source).CheckModule(module);
        return table;
    }

    /// <summary>All scopes, depth first from the module.</summary>
    public IEnumerable<Scope> AllScopes => _scopes.Values;

    /// <summary>The scope for a node, or null when the node does not open one.</summary>
    public Scope? TryScopeOf(Node node) => _scopes.TryGetValue(node, out var s) ? s : null;
}

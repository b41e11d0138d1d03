using PyDbg.Frontend.Semantics;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// What every frame of one running program shares: the symbol tables, the source (for file names
/// in tracebacks) and the slot layouts of the scopes.
/// </summary>
public sealed class ModuleCode
{
    public SymbolTable Symbols { get; }
    public SourceText Source { get; }
    public string FileName => Source.FileName;
    private readonly Dictionary<Scope, ScopeLayout> _layouts = new(ReferenceEqualityComparer.Instance);

    /// <summary>The builtins of the program's context.</summary>
    public PyDict Builtins { get; }

    public ModuleCode(SymbolTable symbols, SourceText source)
    {
        Symbols = symbols;
        Source = source;
        Builtins = PyContext.Current.Builtins;
    }

    private readonly Dictionary<Syntax.FunctionDef, GeneratorPlan> _plans = new(ReferenceEqualityComparer.Instance);

    /// <summary>How a generator function's body is run (computed once per function).</summary>
    public GeneratorPlan PlanOf(Syntax.FunctionDef def)
    {
        lock (_plans)
        {
            if (!_plans.TryGetValue(def, out var plan))
                _plans[def] = plan = new GeneratorPlan(def);
            return plan;
        }
    }

    public ScopeLayout LayoutOf(Scope scope)
    {
        lock (_layouts)
        {
            if (!_layouts.TryGetValue(scope, out var layout))
                _layouts[scope] = layout = new ScopeLayout(scope);
            return layout;
        }
    }
}

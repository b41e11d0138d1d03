using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Bytecode;

namespace PyDbg.Frontend.Semantics;

/// <summary>The first pass's record of one scope (CPython's PySTEntryObject before analysis).</summary>
internal sealed class ScopeBuilderInfo
{
    public required ScopeKind Kind { get; init; }
    public required string Name { get; init; }
    public required Node Node { get; init; }
    public ScopeBuilderInfo? Parent { get; init; }
    /// <summary>The class name used for private-name mangling inside this scope (st_private).</summary>
    public string? Private { get; init; }
    /// <summary>The (mangled) name under which the def/class statement binds the scope's object in its parent.</summary>
    public string? BindingName { get; init; }
    public bool IsNested { get; init; }
    public List<ScopeBuilderInfo> Children { get; } = new();
    /// <summary>Flags per (mangled) name, in order of first sight.</summary>
    public Dictionary<string, DefFlags> Flags { get; } = new();
    /// <summary>Parameters in co_varnames order.</summary>
    public List<string> Params { get; } = new();
    /// <summary>Every name in the order the compiler first emits an access to it.</summary>
    public List<string> Appearances { get; } = new();
    private readonly HashSet<string> _seen = new();
    /// <summary>First global/nonlocal directive per name (for error locations in the second pass).</summary>
    public Dictionary<string, SourceSpan> Directives { get; } = new();
    public bool IsGenerator { get; set; }
    public int CompIterExpr { get; set; }
    public bool CompIterTarget { get; set; }

    /// <summary>Function, lambda and comprehension scopes (CPython's FunctionBlock).</summary>
    public bool IsFunctionBlock => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    public DefFlags FlagsOf(string name) => Flags.TryGetValue(name, out var f) ? f : DefFlags.None;

    public void Appear(string name)
    {
        if (_seen.Add(name)) Appearances.Add(name);
    }
}

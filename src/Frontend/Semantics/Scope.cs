using PyDbg.Frontend.Syntax;

namespace PyDbg.Frontend.Semantics;

/// <summary>The kinds of scope, as CPython's symtable knows them (a generator expression is a comprehension).</summary>
public enum ScopeKind { Module, Function, Lambda, Class, Comprehension }

/// <summary>How a name is bound in a scope (CPython's LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL).</summary>
public enum SymbolKind { Local, GlobalExplicit, GlobalImplicit, Free, Cell }

/// <summary>
/// One scope of a program: a module, function, lambda, class body or comprehension. Built by
/// <see cref="SymbolTable.Build"/>; both the compiler and the tree-walking interpreter read it.
/// CONTRACT: the public surface is frozen (the symbol-table owner fills it; add members freely).
/// </summary>
public sealed class Scope
{
    public required ScopeKind Kind { get; init; }
    /// <summary>co_name: "&lt;module&gt;", the function or class name, "&lt;lambda&gt;", "&lt;listcomp&gt;",
    /// "&lt;setcomp&gt;", "&lt;dictcomp&gt;", "&lt;genexpr&gt;".</summary>
    public required string Name { get; init; }
    /// <summary>co_qualname: "f.&lt;locals&gt;.g", "C.m", "f.&lt;locals&gt;.&lt;listcomp&gt;".</summary>
    public required string QualName { get; init; }
    /// <summary>The node that opened the scope: Module, FunctionDef, Lambda, ClassDef, ListComp, SetComp, DictComp or GeneratorExp.</summary>
    public required Node Node { get; init; }
    public Scope? Parent { get; init; }
    public List<Scope> Children { get; } = new();
    /// <summary>Every name used in the scope and how it is bound there.</summary>
    public Dictionary<string, SymbolKind> Symbols { get; } = new();
    /// <summary>co_varnames: parameters in CPython's order (positional incl. positional-only,
    /// keyword-only, *args, **kwargs), then the other locals in order of first appearance.
    /// A comprehension's first (and only) parameter is ".0", its outermost iterator. Class and
    /// module scopes have none (their names live in a dict).</summary>
    public List<string> VarNames { get; } = new();
    /// <summary>co_cellvars: locals captured by inner scopes, in CPython 3.11's order: the cells that
    /// are parameters first (in parameter order), then the others sorted by name.</summary>
    public List<string> CellVars { get; } = new();
    /// <summary>co_freevars: names taken from enclosing function scopes, sorted by name.</summary>
    public List<string> FreeVars { get; } = new();
    /// <summary>True when the scope contains yield / yield from (always for a generator expression).</summary>
    public bool IsGenerator { get; set; }
    /// <summary>True when a function/lambda/comprehension is defined inside another function (CO_NESTED).</summary>
    public bool IsNested { get; set; }

    /// <summary>The class whose private names (<c>__x</c>) are mangled inside this scope (the
    /// innermost enclosing class, or the class itself for a class body); null outside classes.
    /// Symbols, VarNames, CellVars and FreeVars hold mangled names ("_C__x").</summary>
    public string? PrivateName { get; init; }
    /// <summary>A class whose methods use <c>super</c> or <c>__class__</c>: its body has the implicit
    /// cell "__class__" (listed in <see cref="CellVars"/>), which the class object is stored into.</summary>
    public bool NeedsClassClosure { get; init; }
    /// <summary>In a class body: names bound in the class that a method also takes from an
    /// enclosing function (CPython's DEF_FREE_CLASS). They are Local in <see cref="Symbols"/> and
    /// also listed in <see cref="FreeVars"/> (the class passes the enclosing cell through).</summary>
    public HashSet<string> FreeClassNames { get; } = new();

    /// <summary>True for function, lambda and comprehension scopes (fast locals; CPython's FunctionBlock).</summary>
    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    /// <summary>Private-name mangling as the compiler applies it in this scope: "__x" -> "_C__x".</summary>
    public string Mangle(string name) => SymbolTableBuilder.Mangle(PrivateName, name);

    /// <summary>How <paramref name="name"/> is bound here; names never seen are implicit globals
    /// (or, in a class or module body, looked up by name). The name is mangled first.</summary>
    public SymbolKind Lookup(string name) =>
        Symbols.TryGetValue(PrivateName is null ? name : Mangle(name), out var kind) ? kind : SymbolKind.GlobalImplicit;

    public override string ToString() => $"{Kind} {QualName}";
}

namespace PyDbg.Frontend.Semantics;

/// <summary>What the first pass of the symbol-table builder records about a name in one scope
/// (CPython's DEF_* flags of symtable.h).</summary>
[Flags]
internal enum DefFlags
{
    None = 0,
    /// <summary>DEF_GLOBAL: declared global (or a walrus target of a module-level comprehension).</summary>
    Global = 1,
    /// <summary>DEF_LOCAL: assigned in the scope.</summary>
    Local = 2,
    /// <summary>DEF_PARAM: a parameter.</summary>
    Param = 4,
    /// <summary>DEF_NONLOCAL: declared nonlocal (or a comprehension's walrus target in a function).</summary>
    Nonlocal = 8,
    /// <summary>USE: read in the scope.</summary>
    Use = 16,
    /// <summary>DEF_FREE_CLASS: a class-local name that a method also takes from an enclosing function.</summary>
    FreeClass = 32,
    /// <summary>DEF_IMPORT: bound by an import.</summary>
    Import = 64,
    /// <summary>DEF_ANNOT: an annotated simple name.</summary>
    Annot = 128,
    /// <summary>DEF_COMP_ITER: a comprehension's iteration variable.</summary>
    CompIter = 256,
    /// <summary>DEF_BOUND: any kind of binding.</summary>
    Bound = Local | Param | Import,
}

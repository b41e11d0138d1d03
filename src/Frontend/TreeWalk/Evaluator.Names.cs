using PyDbg.Frontend.Semantics;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>Name resolution: fast locals, cells, the module/class namespace, globals and builtins,
/// as the symbol table decided for each scope (LOAD_FAST, LOAD_DEREF, LOAD_CLASSDEREF, LOAD_NAME, LOAD_GLOBAL).</summary>
public static partial class Evaluator
{
    public static string Mangled(string id, Frame f) => f.Scope.PrivateName is null ? id : f.Scope.Mangle(id);

    public static PyObject LoadName(string id, Frame f)
    {
        var name = Mangled(id, f);
        var (kind, index) = f.Layout.Resolve(name);
        if (f.Namespace is { } ns && !f.Scope.IsFunctionLike)
        {
            switch (kind)
            {
                case SymbolKind.GlobalExplicit:
                    return LoadGlobal(name, f);
                case SymbolKind.Free or SymbolKind.Cell:
                    if (ns.TryGetValue(name, out var classValue)) return classValue;
                    return LoadCell(name, index, kind, f);
                default:
                    if (ns.TryGetValue(name, out var value)) return value;
                    return LoadGlobal(name, f);
            }
        }
        switch (kind)
        {
            case SymbolKind.Local:
                return (index >= 0 ? f.Locals[index] : null) ?? throw UnboundLocal(name);
            case SymbolKind.Cell or SymbolKind.Free:
                return LoadCell(name, index, kind, f);
            default:
                return LoadGlobal(name, f);
        }
    }

    private static PyObject LoadCell(string name, int index, SymbolKind kind, Frame f)
    {
        if (index < 0) return LoadGlobal(name, f);
        return f.Cells[index].Value ?? throw (kind == SymbolKind.Cell ? UnboundLocal(name) : UnboundFree(name));
    }

    public static PyObject LoadGlobal(string name, Frame f)
    {
        if (f.Globals.TryGetValue(name, out var value)) return value;
        if (f.Builtins.TryGetValue(name, out value)) return value;
        throw PyExc.NameErr(name);
    }

    public static PyException UnboundLocal(string name) =>
        PyExc.Error(PyExc.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");

    public static PyException UnboundFree(string name) =>
        PyExc.Error(PyExc.NameError, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");

    public static void StoreName(string id, PyObject value, Frame f)
    {
        var name = Mangled(id, f);
        var (kind, index) = f.Layout.Resolve(name);
        switch (kind)
        {
            case SymbolKind.GlobalExplicit:
                f.Globals.SetItem(name, value);
                return;
            case SymbolKind.Cell or SymbolKind.Free when index >= 0:
                f.Cells[index].Value = value;
                return;
        }
        if (f.Namespace is { } ns && !f.Scope.IsFunctionLike)
        {
            ns.SetItem(name, value);
            return;
        }
        if (kind == SymbolKind.Local && index >= 0)
        {
            f.Locals[index] = value;
            return;
        }
        f.Globals.SetItem(name, value);
    }

    public static void DeleteName(string id, Frame f)
    {
        var name = Mangled(id, f);
        var (kind, index) = f.Layout.Resolve(name);
        switch (kind)
        {
            case SymbolKind.GlobalExplicit:
                if (!f.Globals.Remove(name)) throw PyExc.NameErr(name);
                return;
            case SymbolKind.Cell or SymbolKind.Free when index >= 0:
                if (f.Cells[index].Value is null) throw kind == SymbolKind.Cell ? UnboundLocal(name) : UnboundFree(name);
                f.Cells[index].Value = null;
                return;
        }
        if (f.Namespace is { } ns && !f.Scope.IsFunctionLike)
        {
            if (!ns.Remove(name)) throw PyExc.NameErr(name);
            return;
        }
        if (kind == SymbolKind.Local && index >= 0)
        {
            if (f.Locals[index] is null) throw UnboundLocal(name);
            f.Locals[index] = null;
            return;
        }
        if (!f.Globals.Remove(name)) throw PyExc.NameErr(name);
    }
}

using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>Calls: positional and keyword arguments, *iterable and **mapping unpacking, and the
/// zero-argument form of super() (which needs the calling frame's __class__ cell and first argument).</summary>
public static partial class Evaluator
{
    private static PyObject EvalCall(Call call, Frame f)
    {
        var func = Eval(call.Func, f);
        var args = call.Args;
        var keywords = call.Keywords;
        if (args.Count == 0 && keywords.Count == 0)
        {
            if (call.Func is Name { Id: "super" } && IsBuiltin(func, "super", f))
                return CallZeroArgSuper(func, f);
            return Ops.Call(func, ReadOnlySpan<PyObject>.Empty);
        }

        var simple = true;
        foreach (var a in args)
            if (a is Starred) { simple = false; break; }
        foreach (var k in keywords)
            if (k.ArgName is null) { simple = false; break; }

        if (simple)
        {
            var values = new PyObject[args.Count + keywords.Count];
            for (var i = 0; i < args.Count; i++) values[i] = Eval(args[i], f);
            string[]? kwNames = null;
            if (keywords.Count > 0)
            {
                kwNames = new string[keywords.Count];
                for (var i = 0; i < keywords.Count; i++)
                {
                    kwNames[i] = keywords[i].ArgName!;
                    values[args.Count + i] = Eval(keywords[i].Value, f);
                }
            }
            return Ops.Call(func, values, kwNames);
        }

        var positional = new List<PyObject>();
        foreach (var a in args)
        {
            if (a is Starred s)
            {
                var iterable = Eval(s.Value, f);
                if (!IsIterable(iterable))
                    throw PyExc.TypeErr($"{FunctionStr(func, f)} argument after * must be an iterable, not {Ops.TypeName(iterable)}");
                positional.AddRange(Ops.ToList(iterable));
            }
            else positional.Add(Eval(a, f));
        }
        var names = new List<string>();
        var kwValues = new List<PyObject>();
        foreach (var k in keywords)
        {
            if (k.ArgName is { } argName)
            {
                if (names.Contains(argName))
                    throw PyExc.TypeErr($"{FunctionStr(func, f)} got multiple values for keyword argument '{argName}'");
                names.Add(argName);
                kwValues.Add(Eval(k.Value, f));
                continue;
            }
            var mapping = Eval(k.Value, f);
            var merged = new PyDict();
            MergeMapping(merged, mapping, () => $"{FunctionStr(func, f)} argument after ** must be a mapping, not {Ops.TypeName(mapping)}");
            foreach (var kv in merged.Items)
            {
                if (kv.Key is not PyStr key) throw PyExc.TypeErr("keywords must be strings");
                if (names.Contains(key.Value))
                    throw PyExc.TypeErr($"{FunctionStr(func, f)} got multiple values for keyword argument '{key.Value}'");
                names.Add(key.Value);
                kwValues.Add(kv.Value);
            }
        }
        var all = new PyObject[positional.Count + kwValues.Count];
        positional.CopyTo(all);
        kwValues.CopyTo(all, positional.Count);
        return Ops.Call(func, all, names.Count > 0 ? names.ToArray() : null);
    }

    private static bool IsBuiltin(PyObject value, string name, Frame f) =>
        f.Builtins.TryGetValue(name, out var builtin) && ReferenceEquals(builtin, value);

    /// <summary>super() inside a method: super(__class__, first argument).</summary>
    private static PyObject CallZeroArgSuper(PyObject super, Frame f)
    {
        if (!f.Scope.IsFunctionLike) throw PyExc.Error(PyExc.RuntimeError, "super(): no arguments");
        var classCell = f.Layout.CellOf("__class__");
        if (classCell < 0) throw PyExc.Error(PyExc.RuntimeError, "super(): __class__ cell not found");
        var cls = f.Cells[classCell].Value ?? throw PyExc.Error(PyExc.RuntimeError, "super(): empty __class__ cell");
        if (f.Layout.VarNames.Length == 0)
            throw PyExc.Error(PyExc.RuntimeError, "super(): no arguments");
        var first = f.Locals[0];
        var firstCell = f.Layout.CellOf(f.Layout.VarNames[0]);
        if (firstCell >= 0 && firstCell < f.Layout.CellVarCount) first = f.Cells[firstCell].Value;
        if (first is null) throw PyExc.Error(PyExc.RuntimeError, "super(): arg[0] deleted");
        if (cls is PyType type) return new PySuper(type, first);
        return Ops.Call(super, new[] { cls, first });
    }

    /// <summary>CPython's _PyObject_FunctionStr: "mod.f()" for Python functions, "len()" for builtins.</summary>
    public static string FunctionStr(PyObject func, Frame f)
    {
        switch (func)
        {
            case PyMethod m:
                return FunctionStr(m.Function, f);
            case PyFunctionBase fn:
            {
                var module = fn.Globals.TryGetValue("__name__", out var n) && n is PyStr s ? s.Value : null;
                return module is null or "builtins" ? fn.QualName + "()" : module + "." + fn.QualName + "()";
            }
            case PyBuiltinFunction b:
                return b.Name + "()";
            case PyType t:
                return (t.Module is "builtins" ? t.QualName : t.Module + "." + t.QualName) + "()";
            default:
                return Ops.TypeName(func) + " object";
        }
    }
}

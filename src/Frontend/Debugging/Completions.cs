using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Debugging;

/// <summary>One completion proposal: the name, its kind ("variable", "function", "class", "module",
/// "keyword") and the part of the text it replaces (0-based UTF-16 start, length of the typed prefix).</summary>
public sealed record Completion(string Label, string Kind, int Start, int Length);

/// <summary>
/// Debug-console completions in a stopped frame, the way CPython's rlcompleter proposes them:
/// after a plain dotted name and a dot (<c>obj.attr.pre</c>), the dir() of that object; otherwise
/// the names visible in the frame (locals, globals, builtins) and the keywords. Only a plain dotted
/// name is evaluated (never a call or a subscript); underscore names are proposed only when the
/// prefix asks for them (rlcompleter's rule: no prefix hides "_x", a "_" prefix hides "__x").
/// Must run on the program thread (evaluating the dotted name may run a property or __getattr__).
/// </summary>
public static class Completions
{
    /// <summary>Python 3.11's keyword.kwlist.</summary>
    public static readonly string[] Keywords =
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    /// <summary>The proposals for <paramref name="text"/> with the cursor at 0-based UTF-16 index <paramref name="cursor"/>.</summary>
    public static List<Completion> For(FrameEvaluator evaluator, Frame frame, string text, int cursor)
    {
        var result = new List<Completion>();
        cursor = Math.Clamp(cursor, 0, text.Length);
        var start = cursor;
        while (start > 0 && IsIdentifierChar(text[start - 1])) start--;
        // A word that starts with a digit is a number, not a name.
        if (start < cursor && char.IsDigit(text[start])) return result;
        var prefix = text[start..cursor];
        if (start > 0 && text[start - 1] == '.')
        {
            var baseEnd = start - 1;
            var baseStart = DottedNameStart(text, baseEnd);
            if (baseStart < 0) return result;
            var dotted = text[baseStart..baseEnd];
            var evaluated = evaluator.Evaluate(frame, dotted);
            if (evaluated.Value is not { } target) return result;
            AddAttributes(result, target, prefix, start, frame.Builtins);
            return result;
        }
        AddNames(result, frame, prefix, start);
        return result;
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The start of the plain dotted name (a.b.c) that ends at <paramref name="end"/>, or -1.</summary>
    private static int DottedNameStart(string text, int end)
    {
        var i = end;
        while (true)
        {
            var wordEnd = i;
            while (i > 0 && IsIdentifierChar(text[i - 1])) i--;
            if (i == wordEnd || char.IsDigit(text[i])) return -1;
            if (i > 0 && text[i - 1] == '.')
            {
                i--;
                continue;
            }
            // The name must not be the tail of something else (a call's result, a subscript, a string).
            if (i > 0 && text[i - 1] is ')' or ']' or '}' or '"' or '\'') return -1;
            return i;
        }
    }

    private static bool Hidden(string name, string prefix)
    {
        if (!name.StartsWith(prefix, StringComparison.Ordinal)) return true;
        if (prefix.Length == 0) return name.StartsWith('_');
        if (prefix == "_") return name.StartsWith("__", StringComparison.Ordinal);
        return false;
    }

    private static void AddAttributes(List<Completion> result, PyObject target, string prefix, int start, PyDict builtins)
    {
        List<string> names;
        try
        {
            names = new List<string>();
            PyObject listed = builtins.TryGetValue(PyStr.From("dir"), out var dir)
                ? Ops.Call(dir, new[] { target })
                : Vm.Runtime.Builtins.Dir(new[] { target }, null);
            var iterator = Ops.GetIter(listed);
            while (Ops.TryNext(iterator, out var item))
                if (item is PyStr s) names.Add(s.Value);
        }
        catch (PyException)
        {
            return;
        }
        foreach (var name in names)
        {
            if (Hidden(name, prefix)) continue;
            result.Add(new Completion(name, KindOf(RawAttribute(target, name)), start, prefix.Length));
        }
    }

    /// <summary>The attribute as stored (no descriptor or __getattr__ runs), or null.</summary>
    private static PyObject? RawAttribute(PyObject target, string name)
    {
        switch (target)
        {
            case PyModule m:
                return m.Dict.TryGetValue(PyStr.From(name), out var mv) ? mv : null;
            case PyType t:
                return t.Lookup(name);
            case PyInstance inst when inst.Dict.TryGetValue(name, out var iv):
                return iv;
            default:
                return target.Type.Lookup(name);
        }
    }

    private static void AddNames(List<Completion> result, Frame frame, string prefix, int start)
    {
        var seen = new HashSet<string>();
        void Add(string name, PyObject? value)
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || !seen.Add(name)) return;
            result.Add(new Completion(name, KindOf(value), start, prefix.Length));
        }
        foreach (var kv in FrameInspector.Locals(frame)) Add(kv.Key, kv.Value);
        foreach (var kv in frame.Globals.Items)
            if (kv.Key is PyStr s) Add(s.Value, kv.Value);
        foreach (var kv in frame.Builtins.Items)
            if (kv.Key is PyStr s) Add(s.Value, kv.Value);
        foreach (var keyword in Keywords)
            if (keyword.StartsWith(prefix, StringComparison.Ordinal) && seen.Add(keyword))
                result.Add(new Completion(keyword, "keyword", start, prefix.Length));
    }

    /// <summary>The completion kind of a value.</summary>
    public static string KindOf(PyObject? value) => value switch
    {
        PyModule => "module",
        PyType => "class",
        PyFunctionBase or PyBuiltinFunction or PyMethodDescriptor or PyMethod or PyStaticMethod or PyClassMethod => "function",
        _ => "variable",
    };
}

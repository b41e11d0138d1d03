using System.Runtime.CompilerServices;
using System.Text;

namespace PyDbg.Vm.Runtime;

public static partial class Builtins
{
    private static void AddIntrospection(List<PyBuiltinFunction> l)
    {
        l.Add(F("isinstance", IsInstance));
        l.Add(F("issubclass", IsSubclass));
        l.Add(F("repr", (a, k) => PyStr.From(Ops.Repr(Arg.One("repr", a, k)))));
        l.Add(F("ascii", (a, k) => PyStr.From(Ascii(Ops.Repr(Arg.One("ascii", a, k))))));
        l.Add(F("ord", Ord));
        l.Add(F("chr", Chr));
        l.Add(F("hash", (a, k) => PyInt.From(Ops.Hash(Arg.One("hash", a, k)))));
        l.Add(F("id", (a, k) => PyInt.From(Id(Arg.One("id", a, k)))));
        l.Add(F("callable", (a, k) => PyBool.From(IsCallable(Arg.One("callable", a, k)))));
        l.Add(F("getattr", GetAttr));
        l.Add(F("setattr", SetAttr));
        l.Add(F("hasattr", HasAttr));
        l.Add(F("delattr", DelAttr));
        l.Add(F("vars", Vars));
        l.Add(F("dir", Dir));
        l.Add(F("format", FormatBuiltin));
        l.Add(F("exit", Exit));
        l.Add(F("quit", Exit));
    }

    public static PyObject IsInstance(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("isinstance", args, kw, 2, 2);
        return PyBool.From(IsInstanceOf(args[0].Type, args[1], "isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }

    public static PyObject IsSubclass(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("issubclass", args, kw, 2, 2);
        if (args[0] is not PyType t) throw PyExc.TypeErr("issubclass() arg 1 must be a class");
        return PyBool.From(IsInstanceOf(t, args[1], "issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }

    private static bool IsInstanceOf(PyType t, PyObject cls, string message)
    {
        if (cls is PyType c) return t.IsSubtypeOf(c);
        if (cls is PyTuple tup)
        {
            foreach (var item in tup.Items)
                if (IsInstanceOf(t, item, message)) return true;
            return false;
        }
        throw PyExc.TypeErr(message);
    }

    /// <summary>ascii(): the repr with non-ASCII characters escaped as \x, \u or \U.</summary>
    internal static string Ascii(string repr)
    {
        var ascii = true;
        foreach (var ch in repr) if (ch > 127) { ascii = false; break; }
        if (ascii) return repr;
        var sb = new StringBuilder(repr.Length + 16);
        for (var i = 0; i < repr.Length; i++)
        {
            var c = repr[i];
            if (c < 128) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                sb.Append("\\U").Append(char.ConvertToUtf32(c, repr[i + 1]).ToString("x8"));
                i++;
            }
            else if (c < 256) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append("\\u").Append(((int)c).ToString("x4"));
        }
        return sb.ToString();
    }

    public static PyObject Ord(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var x = Arg.One("ord", args, kw);
        if (Ops.NativeValue(x) is not PyStr s) throw PyExc.TypeErr($"ord() expected string of length 1, but {x.Type.Name} found");
        var v = s.Value;
        if (v.Length == 1) return PyInt.From(v[0]);
        if (v.Length == 2 && char.IsSurrogatePair(v[0], v[1])) return PyInt.From(char.ConvertToUtf32(v[0], v[1]));
        throw PyExc.TypeErr($"ord() expected a character, but string of length {v.Length} found");
    }

    public static PyObject Chr(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var x = Arg.One("chr", args, kw);
        var big = IndexBig(x);
        if (big > int.MaxValue || big < int.MinValue) throw PyExc.Overflow("Python int too large to convert to C int");
        var c = (int)big;
        if (c < 0 || c > 0x10FFFF) throw PyExc.ValueErr("chr() arg not in range(0x110000)");
        if (c < 0x10000) return PyStr.FromChar((char)c);
        return PyStr.From(char.ConvertFromUtf32(c));
    }

    private sealed class IdBox { public long Value; }
    private static readonly ConditionalWeakTable<object, IdBox> Ids = new();
    private static long _nextId = 0x7f3a00000000 / 16;

    /// <summary>id(x): a stable number per live object.</summary>
    public static long Id(PyObject o)
    {
        var box = Ids.GetValue(o, static _ => new IdBox { Value = Interlocked.Increment(ref _nextId) * 16 });
        return box.Value;
    }

    public static bool IsCallable(PyObject o) =>
        o is PyBuiltinFunction or PyFunctionBase or PyMethod or PyType or PyMethodDescriptor
        || o.Type.Lookup("__call__") is not null;

    private static string AttrName(PyObject o, string fname)
    {
        if (o is PyStr s) return s.Value;
        throw PyExc.TypeErr($"attribute name must be string, not '{o.Type.Name}'");
    }

    public static PyObject GetAttr(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("getattr", args, kw, 2, 3);
        var name = AttrName(args[1], "getattr");
        if (args.Length == 2) return Ops.GetAttr(args[0], name);
        try
        {
            return Ops.GetAttr(args[0], name);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.AttributeError))
        {
            return args[2];
        }
    }

    public static PyObject HasAttr(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("hasattr", args, kw, 2, 2);
        var name = AttrName(args[1], "hasattr");
        try
        {
            Ops.GetAttr(args[0], name);
            return PyBool.True;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.AttributeError))
        {
            return PyBool.False;
        }
    }

    public static PyObject SetAttr(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("setattr", args, kw, 3, 3);
        Ops.SetAttr(args[0], AttrName(args[1], "setattr"), args[2]);
        return PyNone.Instance;
    }

    public static PyObject DelAttr(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("delattr", args, kw, 2, 2);
        Ops.DelAttr(args[0], AttrName(args[1], "delattr"));
        return PyNone.Instance;
    }

    public static PyObject Vars(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("vars", args, kw, 0, 1);
        if (args.Length == 0) throw PyExc.Error(PyExc.SystemError, "vars(): no locals available");
        switch (args[0])
        {
            case PyModule m: return m.Dict;
            case PyInstance inst:
            {
                var d = new PyDict();
                foreach (var kv in inst.Dict) d.SetItem(kv.Key, kv.Value);
                return d;
            }
            case PyType t:
            {
                var d = new PyDict();
                foreach (var kv in t.Dict) d.SetItem(kv.Key, kv.Value);
                return d;
            }
            case PyBaseException { Dict: { } ed }:
            {
                var d = new PyDict();
                foreach (var kv in ed) d.SetItem(kv.Key, kv.Value);
                return d;
            }
        }
        throw PyExc.TypeErr("vars() argument must have __dict__ attribute");
    }

    public static PyObject Dir(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("dir", args, kw, 0, 1);
        var names = new HashSet<string>();
        if (args.Length == 1)
        {
            var o = args[0];
            switch (o)
            {
                case PyModule m:
                    foreach (var k in m.Dict.Keys) if (k is PyStr ks) names.Add(ks.Value);
                    break;
                case PyType t:
                    foreach (var mt in t.Mro) foreach (var k in mt.Dict.Keys) names.Add(k);
                    break;
                default:
                    if (o is PyInstance inst) foreach (var k in inst.Dict.Keys) names.Add(k);
                    foreach (var mt in o.Type.Mro) foreach (var k in mt.Dict.Keys) names.Add(k);
                    break;
            }
        }
        var list = new List<string>(names);
        list.Sort(string.CompareOrdinal);
        var result = new PyList(list.Count);
        foreach (var s in list) result.Items.Add(PyStr.From(s));
        return result;
    }

    public static PyObject FormatBuiltin(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("format", args, kw, 1, 2);
        var spec = "";
        if (args.Length == 2)
        {
            if (args[1] is not PyStr s) throw PyExc.TypeErr($"format() argument 2 must be str, not {args[1].Type.Name}");
            spec = s.Value;
        }
        return PyStr.From(Ops.Format(args[0], spec));
    }

    public static PyObject Exit(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var n = Arg.Pos(args, kw);
        var a = n == 0 ? PyTuple.Empty : PyTuple.Of(args[0]);
        throw new PyException(new PyBaseException(PyExc.SystemExit, a));
    }
}

namespace PyDbg.Vm.Runtime;

/// <summary>
/// sys.stdout / sys.stderr / sys.stdin: a minimal _io.TextIOWrapper over the current context's
/// writers (looked up at each call, so a redirected context is honoured).
/// </summary>
public sealed class PyTextStream : PyObject
{
    public enum Kind { Stdin, Stdout, Stderr }

    public Kind Stream { get; }
    public PyTextStream(Kind stream) => Stream = stream;

    public static readonly PyType TextIOWrapper = CreateType();

    public override PyType Type => TextIOWrapper;

    public string Name => Stream switch { Kind.Stdin => "<stdin>", Kind.Stdout => "<stdout>", _ => "<stderr>" };

    private TextWriter Writer
    {
        get
        {
            var ctx = PyContext.Current;
            return Stream == Kind.Stderr ? ctx.Stderr : ctx.Stdout;
        }
    }

    private static PyTextStream Self(PyObject o, string name) =>
        o as PyTextStream ?? throw Arg.Descriptor(name, "_io.TextIOWrapper", o);

    /// <summary>One line with its newline (universal newlines: \r\n and \r read as \n); the last line
    /// may lack it; null at end of input.</summary>
    internal static string? ReadRawLine(TextReader reader)
    {
        var sb = new System.Text.StringBuilder();
        while (true)
        {
            var c = reader.Read();
            if (c < 0) return sb.Length == 0 ? null : sb.ToString();
            if (c == '\r')
            {
                if (reader.Peek() == '\n') reader.Read();
                c = '\n';
            }
            sb.Append((char)c);
            if (c == '\n') return sb.ToString();
        }
    }

    private static PyType CreateType()
    {
        var t = new PyType("TextIOWrapper", new[] { PyType.Object }, module: "_io");
        void M(string name, BuiltinMethodFunc f) => t.Dict[name] = new PyMethodDescriptor(t, name, f);

        M("write", (self, a, k) =>
        {
            var s = Self(self, "write");
            var arg = Arg.One("TextIOWrapper.write", a, k);
            if (arg is not PyStr str) throw PyExc.TypeErr($"write() argument must be str, not {arg.Type.Name}");
            if (s.Stream == Kind.Stdin) throw PyExc.Error(PyExc.OSError, "not writable");
            s.Writer.Write(str.Value);
            return PyInt.From(str.Value.Length);
        });
        M("flush", (self, a, k) =>
        {
            var s = Self(self, "flush");
            Arg.None("TextIOWrapper.flush", a, k);
            if (s.Stream != Kind.Stdin) s.Writer.Flush();
            return PyNone.Instance;
        });
        M("readline", (self, a, k) =>
        {
            var s = Self(self, "readline");
            Arg.Positional("readline", a, k, 0, 1);
            if (s.Stream != Kind.Stdin) throw PyExc.Error(PyExc.OSError, "not readable");
            return PyStr.From(ReadRawLine(PyContext.Current.Stdin) ?? "");
        });
        M("read", (self, a, k) =>
        {
            var s = Self(self, "read");
            Arg.Positional("read", a, k, 0, 1);
            if (s.Stream != Kind.Stdin) throw PyExc.Error(PyExc.OSError, "not readable");
            return PyStr.From(PyContext.Current.Stdin.ReadToEnd().Replace("\r\n", "\n").Replace('\r', '\n'));
        });
        M("readlines", (self, a, k) =>
        {
            var s = Self(self, "readlines");
            Arg.Positional("readlines", a, k, 0, 1);
            if (s.Stream != Kind.Stdin) throw PyExc.Error(PyExc.OSError, "not readable");
            var list = new PyList();
            var reader = PyContext.Current.Stdin;
            string? line;
            while ((line = ReadRawLine(reader)) is not null) list.Items.Add(PyStr.From(line));
            return list;
        });
        M("writelines", (self, a, k) =>
        {
            var s = Self(self, "writelines");
            var lines = Arg.One("TextIOWrapper.writelines", a, k);
            var it = Ops.GetIter(lines);
            var w = s.Writer;
            while (Ops.TryNext(it, out var item))
            {
                if (item is not PyStr str) throw PyExc.TypeErr($"write() argument must be str, not {item.Type.Name}");
                w.Write(str.Value);
            }
            return PyNone.Instance;
        });
        M("__iter__", (self, a, k) =>
        {
            var s = Self(self, "__iter__");
            if (s.Stream != Kind.Stdin) throw PyExc.Error(PyExc.OSError, "not readable");
            return new StdinLineIterator();
        });
        M("isatty", (self, a, k) => { Self(self, "isatty"); Arg.None("TextIOWrapper.isatty", a, k); return PyBool.False; });
        M("writable", (self, a, k) => PyBool.From(Self(self, "writable").Stream != Kind.Stdin));
        M("readable", (self, a, k) => PyBool.From(Self(self, "readable").Stream == Kind.Stdin));
        M("fileno", (self, a, k) => PyInt.From((int)Self(self, "fileno").Stream));
        M("__repr__", (self, a, k) =>
        {
            var s = Self(self, "__repr__");
            var mode = s.Stream == Kind.Stdin ? "r" : "w";
            return PyStr.From($"<_io.TextIOWrapper name='{s.Name}' mode='{mode}' encoding='utf-8'>");
        });
        return t;
    }
}

/// <summary>`for line in sys.stdin`: the lines of the context's stdin, each with its "\n".</summary>
internal sealed class StdinLineIterator : PyIterator
{
    private static readonly PyType IterType = new("_io_line_iterator", new[] { PyType.Object }, module: "_io");
    private bool _done;

    public override PyType Type => IterType;

    public override bool TryNext(out PyObject value)
    {
        var line = _done ? null : PyTextStream.ReadRawLine(PyContext.Current.Stdin);
        if (line is null)
        {
            _done = true;
            value = PyNone.Instance;
            return false;
        }
        value = PyStr.From(line);
        return true;
    }
}

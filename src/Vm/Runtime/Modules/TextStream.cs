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
            var line = PyContext.Current.Stdin.ReadLine();
            return line is null ? PyStr.Empty : PyStr.From(line + "\n");
        });
        M("read", (self, a, k) =>
        {
            var s = Self(self, "read");
            Arg.Positional("read", a, k, 0, 1);
            if (s.Stream != Kind.Stdin) throw PyExc.Error(PyExc.OSError, "not readable");
            return PyStr.From(PyContext.Current.Stdin.ReadToEnd());
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

using System.Text;

namespace PyDbg.Vm.Runtime;

/// <summary>
/// A text file opened by open(): a minimal _io.TextIOWrapper (UTF-8, universal newlines on read).
/// Read modes load the file at open and read from memory; write modes write through a StreamWriter.
/// Failures raise the errno's OSError subclass with CPython's message
/// ("[Errno 2] No such file or directory: 'x.txt'").
/// </summary>
public sealed class PyTextFile : PyIterator
{
    public static readonly PyType TextIOWrapper = CreateType();
    public override PyType Type => TextIOWrapper;

    public string Name { get; }
    public string Mode { get; }
    public bool Closed { get; private set; }
    private readonly string? _text;     // read modes: the whole content, newlines translated
    private int _pos;
    private readonly StreamWriter? _writer;

    private PyTextFile(string name, string mode, string? text, StreamWriter? writer)
    {
        Name = name;
        Mode = mode;
        _text = text;
        _writer = writer;
    }

    /// <summary>open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None).</summary>
    public static PyObject Open(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var slots = new PyObject?[6];
        Arg.Parse("open", args, kw, OpenNames, 1, slots);
        var file = slots[0]!;
        if (file is not PyStr path)
        {
            if (file is PyInt or PyBool) throw PyExc.Error(PyExc.OSError, "file descriptors are not supported");
            throw PyExc.TypeErr($"expected str, bytes or os.PathLike object, not {file.Type.Name}");
        }
        var mode = "r";
        if (slots[1] is { } m && m is not PyNone)
            mode = m is PyStr ms ? ms.Value : throw PyExc.TypeErr($"open() argument 'mode' must be str, not {m.Type.Name}");
        var kind = '\0';
        var plus = false;
        foreach (var c in mode)
        {
            switch (c)
            {
                case 'r' or 'w' or 'a' or 'x':
                    if (kind != '\0') throw PyExc.ValueErr("must have exactly one of create/read/write/append mode");
                    kind = c;
                    break;
                case '+': plus = true; break;
                case 't': break;
                case 'b': throw PyExc.ValueErr("binary mode files are not supported");
                default: throw PyExc.ValueErr($"invalid mode: '{mode}'");
            }
        }
        if (kind == '\0') throw PyExc.ValueErr("Must have exactly one of create/read/write/append mode and at most one plus");
        if (plus) throw PyExc.ValueErr("'+' modes are not supported");
        var name = path.Value;
        try
        {
            if (Directory.Exists(name))
            {
                if (kind == 'x') throw PyExc.OSErr(17, name);
                throw PyExc.OSErr(21, name);
            }
            if (kind == 'r')
            {
                if (!File.Exists(name)) throw PyExc.OSErr(2, name);
                var text = File.ReadAllText(name, new UTF8Encoding(false)).Replace("\r\n", "\n").Replace('\r', '\n');
                return new PyTextFile(name, mode, text, null);
            }
            if (kind == 'x' && File.Exists(name)) throw PyExc.OSErr(17, name);
            var dir = Path.GetDirectoryName(Path.GetFullPath(name));
            if (dir is not null && !Directory.Exists(dir)) throw PyExc.OSErr(2, name);
            var stream = new FileStream(name, kind == 'a' ? FileMode.Append : kind == 'x' ? FileMode.CreateNew : FileMode.Create, FileAccess.Write);
            return new PyTextFile(name, mode, null, new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true });
        }
        catch (UnauthorizedAccessException) { throw PyExc.OSErr(13, name); }
        catch (PathTooLongException) { throw PyExc.OSErr(36, name); }
        catch (FileNotFoundException) { throw PyExc.OSErr(2, name); }
        catch (DirectoryNotFoundException) { throw PyExc.OSErr(2, name); }
        catch (IOException) { throw PyExc.OSErr(5, name); }
    }

    private static readonly string[] OpenNames = { "file", "mode", "buffering", "encoding", "errors", "newline" };

    public override bool TryNext(out PyObject value)
    {
        var line = ReadLine(-1);
        if (line.Length == 0)
        {
            value = PyNone.Instance;
            return false;
        }
        value = PyStr.From(line);
        return true;
    }

    private void CheckOpen()
    {
        if (Closed) throw PyExc.ValueErr("I/O operation on closed file.");
    }

    private string Readable()
    {
        CheckOpen();
        return _text ?? throw PyExc.Error(UnsupportedOperation, "not readable");
    }

    private StreamWriter Writable()
    {
        CheckOpen();
        return _writer ?? throw PyExc.Error(UnsupportedOperation, "not writable");
    }

    private string ReadLine(long limit)
    {
        var text = Readable();
        if (_pos >= text.Length) return "";
        var nl = text.IndexOf('\n', _pos);
        var end = nl < 0 ? text.Length : nl + 1;
        if (limit >= 0 && end - _pos > limit) end = _pos + (int)limit;
        var line = text[_pos..end];
        _pos = end;
        return line;
    }

    public void Close()
    {
        if (Closed) return;
        Closed = true;
        _writer?.Dispose();
    }

    /// <summary>io.UnsupportedOperation (a subclass of OSError and ValueError).</summary>
    public static readonly PyType UnsupportedOperation =
        new("UnsupportedOperation", new[] { PyExc.OSError, PyExc.ValueError }, module: "io") { IsCoreNative = true };

    private static PyTextFile Self(PyObject o, string name) =>
        o as PyTextFile ?? throw Arg.Descriptor(name, "_io.TextIOWrapper", o);

    private static long SizeArg(string name, ReadOnlySpan<PyObject> a, string[]? k)
    {
        Arg.Positional(name, a, k, 0, 1);
        if (a.Length == 0 || a[0] is PyNone) return -1;
        return Ops.Index(a[0]);
    }

    private static PyType CreateType()
    {
        var t = new PyType("TextIOWrapper", new[] { PyType.Object }, module: "_io") { IsBaseType = false };
        void M(string name, BuiltinMethodFunc f) => t.Dict[name] = new PyMethodDescriptor(t, name, f);

        M("read", (self, a, k) =>
        {
            var f = Self(self, "read");
            var size = SizeArg("read", a, k);
            var text = f.Readable();
            var n = text.Length - f._pos;
            if (size >= 0 && size < n) n = (int)size;
            var s = text.Substring(f._pos, n);
            f._pos += n;
            return PyStr.From(s);
        });
        M("readline", (self, a, k) => PyStr.From(Self(self, "readline").ReadLine(SizeArg("readline", a, k))));
        M("readlines", (self, a, k) =>
        {
            var f = Self(self, "readlines");
            Arg.Positional("readlines", a, k, 0, 1);
            var list = new PyList();
            string line;
            while ((line = f.ReadLine(-1)).Length > 0) list.Items.Add(PyStr.From(line));
            return list;
        });
        M("write", (self, a, k) =>
        {
            var f = Self(self, "write");
            var arg = Arg.One("write", a, k);
            if (Ops.NativeValue(arg) is not PyStr s) throw PyExc.TypeErr($"write() argument must be str, not {arg.Type.Name}");
            f.Writable().Write(s.Value);
            return PyInt.From(s.Value.Length);
        });
        M("writelines", (self, a, k) =>
        {
            var f = Self(self, "writelines");
            var w = f.Writable();
            var it = Ops.GetIter(Arg.One("writelines", a, k));
            while (Ops.TryNext(it, out var item))
            {
                if (Ops.NativeValue(item) is not PyStr s) throw PyExc.TypeErr($"write() argument must be str, not {item.Type.Name}");
                w.Write(s.Value);
            }
            return PyNone.Instance;
        });
        M("close", (self, a, k) => { Self(self, "close").Close(); return PyNone.Instance; });
        M("flush", (self, a, k) => { var f = Self(self, "flush"); f.CheckOpen(); f._writer?.Flush(); return PyNone.Instance; });
        M("readable", (self, a, k) => { var f = Self(self, "readable"); f.CheckOpen(); return PyBool.From(f._text is not null); });
        M("writable", (self, a, k) => { var f = Self(self, "writable"); f.CheckOpen(); return PyBool.From(f._writer is not null); });
        M("seek", (self, a, k) =>
        {
            var f = Self(self, "seek");
            Arg.Positional("seek", a, k, 1, 2);
            var text = f.Readable();
            var pos = Ops.Index(a[0]);
            if (pos != 0 || (a.Length == 2 && Ops.Index(a[1]) != 0))
                throw PyExc.Error(UnsupportedOperation, "only seek(0) is supported");
            f._pos = 0;
            return PyInt.Zero;
        });
        M("__enter__", (self, a, k) => { Self(self, "__enter__").CheckOpen(); return self; });
        M("__exit__", (self, a, k) => { Self(self, "__exit__").Close(); return PyNone.Instance; });
        M("__iter__", (self, a, k) => { Self(self, "__iter__").CheckOpen(); return self; });
        M("__next__", (self, a, k) =>
        {
            var f = Self(self, "__next__");
            if (f.TryNext(out var v)) return v;
            throw new PyException(new PyBaseException(PyExc.StopIteration, PyTuple.Empty));
        });
        M("__repr__", (self, a, k) =>
        {
            var f = Self(self, "__repr__");
            return PyStr.From($"<_io.TextIOWrapper name={Ops.Repr(PyStr.From(f.Name))} mode={Ops.Repr(PyStr.From(f.Mode))} encoding='UTF-8'>");
        });
        t.Dict["closed"] = new PyProperty(new PyBuiltinFunction("closed", (a, k) => PyBool.From(Self(a[0], "closed").Closed)));
        t.Dict["name"] = new PyProperty(new PyBuiltinFunction("name", (a, k) => PyStr.From(Self(a[0], "name").Name)));
        t.Dict["mode"] = new PyProperty(new PyBuiltinFunction("mode", (a, k) => PyStr.From(Self(a[0], "mode").Mode)));
        return t;
    }
}

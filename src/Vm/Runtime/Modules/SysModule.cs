namespace PyDbg.Vm.Runtime;

/// <summary>The sys module: argv, exit, recursion limit, stdout/stderr/stdin, modules, version info.</summary>
internal static class SysModule
{
    public static PyModule Create()
    {
        var ctx = PyContext.Current;
        var m = new ModuleBuilder("sys");

        var argv = new PyList(ctx.Argv.Length);
        foreach (var a in ctx.Argv) argv.Items.Add(PyStr.From(a));
        m.Value("argv", argv);
        m.Value("orig_argv", new PyList(argv.Items));

        m.Fn("exit", (a, k) =>
        {
            Arg.Positional("exit", a, k, 0, 1);
            var args = a.Length == 0 ? PyTuple.Empty : PyTuple.Of(a[0]);
            throw new PyException(new PyBaseException(PyExc.SystemExit, args));
        });
        m.Fn("getrecursionlimit", (a, k) =>
        {
            Arg.None("sys.getrecursionlimit", a, k);
            return PyInt.From(PyContext.Current.RecursionLimit);
        });
        m.Fn("setrecursionlimit", (a, k) =>
        {
            var arg = Arg.One("sys.setrecursionlimit", a, k);
            if (arg is PyFloat) throw PyExc.TypeErr("'float' object cannot be interpreted as an integer");
            var n = NativeMath.ToInt(arg);
            if (IntOps.Sign(n) < 1) throw PyExc.ValueErr("recursion limit must be greater or equal than 1");
            if (!n.IsSmall || n.Small > int.MaxValue) throw PyExc.Overflow("Python int too large to convert to C int");
            PyContext.Current.RecursionLimit = (int)n.Small;
            return PyNone.Instance;
        });
        m.Fn("intern", (a, k) =>
        {
            var s = Arg.One("intern", a, k);
            if (s is not PyStr) throw PyExc.TypeErr($"intern() argument must be str, not {s.Type.Name}");
            return s;
        });
        m.Fn("getdefaultencoding", (a, k) => { Arg.None("sys.getdefaultencoding", a, k); return PyStr.From("utf-8"); });

        m.Value("maxsize", PyInt.From(long.MaxValue));
        m.Value("maxunicode", PyInt.From(0x10FFFF));
        m.Value("byteorder", PyStr.From("little"));
        m.Value("platform", PyStr.From("linux"));
        m.Value("version", PyStr.From("3.11.7 (PyDbg)"));
        m.Value("version_info", PyTuple.Of(PyInt.From(3), PyInt.From(11), PyInt.From(7), PyStr.From("final"), PyInt.Zero));
        m.Value("hexversion", PyInt.From(0x030B07F0));
        m.Value("executable", PyStr.From("pydbg"));
        m.Value("path", new PyList());
        m.Value("builtin_module_names", new PyTuple(Array.ConvertAll(NativeModules.Names, n => (PyObject)PyStr.From(n))));
        m.Value("float_info", FloatInfo());

        var stdout = new PyTextStream(PyTextStream.Kind.Stdout);
        var stderr = new PyTextStream(PyTextStream.Kind.Stderr);
        var stdin = new PyTextStream(PyTextStream.Kind.Stdin);
        m.Value("stdout", stdout);
        m.Value("stderr", stderr);
        m.Value("stdin", stdin);
        m.Value("__stdout__", stdout);
        m.Value("__stderr__", stderr);
        m.Value("__stdin__", stdin);

        // sys.modules: a dict mirror of the import cache (ModuleImport keeps it up to date)
        var modules = new PyDict();
        foreach (var kv in ctx.Modules) modules.SetItem(kv.Key, kv.Value);
        modules.SetItem("sys", m.Module);
        m.Value("modules", modules);
        return m.Module;
    }

    /// <summary>sys.float_info as a module-like namespace with the usual attributes.</summary>
    private static PyObject FloatInfo()
    {
        var d = new PyDict();
        d.SetItem("max", new PyFloat(double.MaxValue));
        d.SetItem("min", new PyFloat(2.2250738585072014e-308));
        d.SetItem("epsilon", new PyFloat(2.220446049250313e-16));
        d.SetItem("dig", PyInt.From(15));
        d.SetItem("mant_dig", PyInt.From(53));
        d.SetItem("max_exp", PyInt.From(1024));
        d.SetItem("min_exp", PyInt.From(-1021));
        d.SetItem("max_10_exp", PyInt.From(308));
        d.SetItem("min_10_exp", PyInt.From(-307));
        d.SetItem("radix", PyInt.From(2));
        return new PyModule("sys.float_info", d);
    }

    /// <summary>Keeps sys.modules (when sys was imported) in step with the import cache.</summary>
    internal static void NoteImported(PyContext ctx, string name, PyModule module)
    {
        if (ctx.Modules.TryGetValue("sys", out var sys) && sys.Dict.TryGetValue("modules", out var d) && d is PyDict dict)
            dict.SetItem(name, module);
    }
}

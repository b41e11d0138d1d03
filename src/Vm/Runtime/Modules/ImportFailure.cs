namespace PyDbg.Vm.Runtime;

/// <summary>The errors of `from x import y` that both engines raise the same way.</summary>
public static class ImportFailure
{
    /// <summary>ImportError "cannot import name 'y' from 'x' (PATH)" as CPython: PATH is the module's
    /// __file__, or "unknown location" for a built-in module; name and path attributes set.</summary>
    public static PyException CannotImport(PyObject module, string name)
    {
        var moduleName = module is PyModule m ? m.Name : "?";
        PyObject path = PyNone.Instance;
        if (module is PyModule pm && pm.Dict.TryGetValue("__file__", out var file) && file is PyStr) path = file;
        var location = path is PyStr ps ? ps.Value : "unknown location";
        var exc = PyExc.Create(PyExc.ImportError, $"cannot import name '{name}' from '{moduleName}' ({location})");
        exc.Dict ??= new Dictionary<string, PyObject>();
        exc.Dict["name"] = PyStr.From(moduleName);
        exc.Dict["path"] = path;
        return new PyException(exc);
    }

    /// <summary>`import a.b` / `from a.b import c`: the module IMPORT_NAME leaves on the stack: the
    /// top-level package unless names are imported from it.</summary>
    public static PyObject ImportName(string name, PyObject fromList)
    {
        var module = ModuleImport.Import(name);
        var dot = name.IndexOf('.');
        if (dot > 0 && fromList is not PyTuple { Items.Length: > 0 }
            && PyContext.Current.Modules.TryGetValue(name[..dot], out var top))
            return top;
        return module;
    }
}

namespace PyDbg.Vm.Runtime;

/// <summary>
/// `import name`: the module cache (sys.modules), then the native built-in modules (math, sys, time,
/// random), then a Python source module found by <see cref="PyContext.SourceModuleLoader"/>;
/// ModuleNotFoundError "No module named 'x'" otherwise. Each module runs once.
/// The source loader must register the new module in <see cref="PyContext.Modules"/> BEFORE it runs
/// the module body (and remove it again when the body raises), so that a circular import finds the
/// partially initialised module in the cache instead of running the body a second time.
/// CONTRACT: signature frozen; the modules owner implements it (both engines call it).
/// </summary>
public static class ModuleImport
{
    public static PyModule Import(string name)
    {
        var ctx = PyContext.Current;
        if (ctx.Modules.TryGetValue(name, out var cached)) return cached;

        var dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            // `import a.b`: the parent is imported first; there are no packages, so a submodule
            // exists only when a loader provides it.
            var parent = Import(name[..dot]);
            if (ctx.Modules.TryGetValue(name, out cached)) return cached;
            var sub = ctx.SourceModuleLoader?.Invoke(name);
            if (sub is not null)
            {
                if (!ctx.Modules.TryGetValue(name, out var reg)) ctx.Modules[name] = reg = sub;
                return reg;
            }
            var error = PyExc.Create(PyExc.ModuleNotFoundError, $"No module named '{name}'; '{parent.Name}' is not a package");
            error.Dict ??= new Dictionary<string, PyObject>();
            error.Dict["name"] = PyStr.From(name);
            throw new PyException(error);
        }

        var native = NativeModules.Create(name);
        if (native is not null)
        {
            ctx.Modules[name] = native;
            SysModule.NoteImported(ctx, name, native);
            return native;
        }

        var loader = ctx.SourceModuleLoader;
        if (loader is not null)
        {
            var loaded = loader(name);
            if (loaded is not null)
            {
                // The loader normally registered it already; make sure the cache has it.
                if (!ctx.Modules.TryGetValue(name, out var registered)) ctx.Modules[name] = registered = loaded;
                SysModule.NoteImported(ctx, name, registered);
                return registered;
            }
        }
        throw NotFound(name);
    }

    /// <summary>ModuleNotFoundError("No module named 'x'") with its name attribute.</summary>
    public static PyException NotFound(string name)
    {
        var exc = PyExc.Create(PyExc.ModuleNotFoundError, $"No module named '{name}'");
        exc.Dict ??= new Dictionary<string, PyObject>();
        exc.Dict["name"] = PyStr.From(name);
        return new PyException(exc);
    }
}

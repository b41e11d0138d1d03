namespace PyDbg.Vm.Runtime;

/// <summary>
/// The modules implemented in C#: math, sys, time, random.
/// CONTRACT: signature frozen; the modules owner implements it.
/// </summary>
public static class NativeModules
{
    /// <summary>Names of the native modules (sys.builtin_module_names-like).</summary>
    public static readonly string[] Names = { "math", "random", "sys", "time" };

    /// <summary>A new instance of the named native module for the current context, or null when
    /// there is no native module of that name.</summary>
    public static PyModule? Create(string name) => name switch
    {
        "math" => NativeMath.Create(),
        "sys" => SysModule.Create(),
        "time" => TimeModule.Create(),
        "random" => RandomModule.Create(),
        _ => null,
    };
}

/// <summary>Builds a native module: a PyModule whose dict holds built-in functions and values.</summary>
internal sealed class ModuleBuilder
{
    public readonly PyModule Module;
    public PyDict Dict => Module.Dict;

    public ModuleBuilder(string name)
    {
        Module = new PyModule(name, new PyDict());
        Dict.SetItem("__name__", PyStr.From(name));
        Dict.SetItem("__doc__", PyNone.Instance);
        Dict.SetItem("__package__", PyStr.Empty);
    }

    public void Fn(string name, BuiltinFunc f) => Dict.SetItem(name, new PyBuiltinFunction(name, f, Module));
    public void Value(string name, PyObject v) => Dict.SetItem(name, v);
}

namespace PyDbg.Vm.Runtime;

/// <summary>
/// `import name`: the module cache (sys.modules), then the native built-in modules (math, sys, time,
/// random), then a Python source module found by <see cref="PyContext.SourceModuleLoader"/>;
/// ModuleNotFoundError "No module named 'x'" otherwise. Each module runs once.
/// CONTRACT: signature frozen; the modules owner implements it (both engines call it).
/// </summary>
public static class ModuleImport
{
    public static PyModule Import(string name) => throw new NotImplementedException();
}

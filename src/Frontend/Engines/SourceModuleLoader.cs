using PyDbg.Frontend.Compilation;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Engines;

/// <summary>
/// Finds `import NAME` as NAME.py in the main program's folder (CPython's sys.path[0]) and runs it
/// once on the same engine as the main program. The new module is registered in
/// <see cref="PyContext.Modules"/> BEFORE its body runs (a circular import sees the partial module)
/// and removed again when the body raises. Its source is registered for tracebacks. On the VM, the
/// compiled module is announced to the thread's debugger (<see cref="Interpreter.NotifyModuleCompiled"/>).
/// </summary>
public sealed class SourceModuleLoader
{
    private readonly string _directory;
    private readonly EngineKind _engine;
    private readonly SourceRegistry _sources;
    private readonly Dictionary<string, PyDict> _globalsByFile;

    public SourceModuleLoader(string directory, EngineKind engine, SourceRegistry sources, Dictionary<string, PyDict> globalsByFile)
    {
        _directory = directory;
        _engine = engine;
        _sources = sources;
        _globalsByFile = globalsByFile;
    }

    /// <summary>The module, or null when there is no such file (the importer then raises ModuleNotFoundError).</summary>
    public PyModule? Load(string name)
    {
        if (name.Length == 0 || name.Contains('/') || name.Contains('\\')) return null;
        string path;
        try { path = Path.GetFullPath(Path.Combine(_directory, name.Replace('.', Path.DirectorySeparatorChar) + ".py")); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return null; }
        if (!File.Exists(path)) return null;
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }

        var source = new SourceText(path, text);
        _sources.Add(source);
        var module = Parser.ParseModule(source);
        var globals = new PyDict();
        globals.SetItem("__name__", PyStr.From(name));
        globals.SetItem("__file__", PyStr.From(path));
        globals.SetItem("__doc__", PyNone.Instance);
        _globalsByFile[path] = globals;
        var pyModule = new PyModule(name, globals);
        var ctx = PyContext.Current;
        ctx.Modules[name] = pyModule;
        try
        {
            if (_engine == EngineKind.Vm)
            {
                // Compiled here (not by VmEngine) so that a debugger attached to this thread learns
                // of the module before its body runs: breakpoints in this file resolve and fire.
                var code = Compiler.CompileModule(module, source);
                Interpreter.NotifyModuleCompiled(code);
                Interpreter.RunModule(code, globals, ctx.Builtins);
            }
            else new TreeWalkEngine().Execute(module, source, globals);
        }
        catch
        {
            ctx.Modules.Remove(name);
            throw;
        }
        return pyModule;
    }
}

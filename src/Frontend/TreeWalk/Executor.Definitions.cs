using PyDbg.Frontend.Semantics;
using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>def, lambda, class and import statements.</summary>
public static partial class Executor
{
    private static void ExecFunctionDef(FunctionDef def, Frame f)
    {
        var decorators = EvalDecorators(def.DecoratorList, f);
        PyObject function = MakeFunction(def, def.Name, def.Args, f);
        function = ApplyDecorators(decorators, function);
        Evaluator.StoreName(def.Name, function, f);
    }

    private static PyObject[] EvalDecorators(IReadOnlyList<Expr> decorators, Frame f)
    {
        if (decorators.Count == 0) return Array.Empty<PyObject>();
        var values = new PyObject[decorators.Count];
        for (var i = 0; i < values.Length; i++) values[i] = Evaluator.Eval(decorators[i], f);
        return values;
    }

    private static PyObject ApplyDecorators(PyObject[] decorators, PyObject value)
    {
        for (var i = decorators.Length - 1; i >= 0; i--) value = Ops.Call(decorators[i], new[] { value });
        return value;
    }

    /// <summary>MAKE_FUNCTION: evaluates the defaults in the defining frame and captures the closure cells.</summary>
    public static TreeWalkFunction MakeFunction(Node node, string name, Arguments args, Frame f)
    {
        PyObject[]? defaults = null;
        if (args.Defaults.Count > 0)
        {
            defaults = new PyObject[args.Defaults.Count];
            for (var i = 0; i < defaults.Length; i++) defaults[i] = Evaluator.Eval(args.Defaults[i], f);
        }
        Dictionary<string, PyObject>? kwDefaults = null;
        for (var i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            if (i < args.KwDefaults.Count && args.KwDefaults[i] is { } d)
            {
                kwDefaults ??= new Dictionary<string, PyObject>();
                kwDefaults[f.Scope.Mangle(args.KwOnlyArgs[i].Name)] = Evaluator.Eval(d, f);
            }
        }
        var scope = f.Code.Symbols.ScopeOf(node);
        var closure = CaptureClosure(scope, f);
        var function = new TreeWalkFunction(f.Code, scope, node, SignatureOf(scope, args), f.Globals, closure)
        {
            Defaults = defaults,
            KwDefaults = kwDefaults,
        };
        if (node is FunctionDef { Body: [ExprStmt { Value: Constant { Value: PyStr doc } }, ..] })
            function.Dict = new Dictionary<string, PyObject> { ["__doc__"] = doc };
        return function;
    }

    /// <summary>The cells a nested scope takes from this frame, in the order of its co_freevars.</summary>
    public static PyCell[] CaptureClosure(Scope child, Frame f)
    {
        if (child.FreeVars.Count == 0) return Array.Empty<PyCell>();
        var cells = new PyCell[child.FreeVars.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var index = f.Layout.CellOf(child.FreeVars[i]);
            cells[i] = index >= 0 ? f.Cells[index] : new PyCell();
        }
        return cells;
    }

    public static FunctionSignature SignatureOf(Scope scope, Arguments args)
    {
        var count = args.PosOnlyArgs.Count + args.Args.Count + args.KwOnlyArgs.Count
            + (args.VarArg is null ? 0 : 1) + (args.KwArg is null ? 0 : 1);
        var names = new string[count];
        for (var i = 0; i < count; i++) names[i] = scope.VarNames[i];
        return new FunctionSignature
        {
            ParameterNames = names,
            ArgCount = args.PosOnlyArgs.Count + args.Args.Count,
            PosOnlyArgCount = args.PosOnlyArgs.Count,
            KwOnlyArgCount = args.KwOnlyArgs.Count,
            HasVarArgs = args.VarArg is not null,
            HasVarKeywords = args.KwArg is not null,
        };
    }

    /// <summary>A new frame for a function-like scope: fresh cells for its cell variables, the
    /// given closure for its free variables.</summary>
    public static Frame NewFunctionFrame(ModuleCode code, Scope scope, PyDict globals, PyCell[] closure, PyObject?[] locals) =>
        NewFunctionFrame(code, code.LayoutOf(scope), globals, closure, locals);

    public static Frame NewFunctionFrame(ModuleCode code, ScopeLayout layout, PyDict globals, PyCell[] closure, PyObject?[] locals)
    {
        var cells = layout.CellNames.Length == 0 ? Array.Empty<PyCell>() : new PyCell[layout.CellNames.Length];
        for (var i = 0; i < layout.CellVarCount; i++) cells[i] = new PyCell();
        for (var i = layout.CellVarCount; i < cells.Length; i++) cells[i] = closure[i - layout.CellVarCount];
        foreach (var (cell, slot) in layout.ParameterCells) cells[cell].Value = locals[slot];
        return new Frame(code, layout, globals, null, locals, cells, layout.Scope.Name);
    }

    private static void ExecClassDef(ClassDef cls, Frame f)
    {
        var decorators = EvalDecorators(cls.DecoratorList, f);
        var scope = f.Code.Symbols.ScopeOf(cls);
        var bases = new List<PyObject>();
        foreach (var b in cls.Bases)
        {
            if (b is Starred s) bases.AddRange(Ops.ToList(Evaluator.Eval(s.Value, f)));
            else bases.Add(Evaluator.Eval(b, f));
        }
        PyObject? metaclass = null;
        foreach (var k in cls.Keywords)
            if (k.ArgName == "metaclass") metaclass = Evaluator.Eval(k.Value, f);

        var ns = new PyDict();
        ns.SetItem("__module__", f.Globals.TryGetValue("__name__", out var module) ? module : PyStr.From("__main__"));
        ns.SetItem("__qualname__", PyStr.From(scope.QualName));
        if (cls.Body.Count > 0 && cls.Body[0] is ExprStmt { Value: Constant { Value: PyStr doc } })
            ns.SetItem("__doc__", doc);

        var layout = f.Code.LayoutOf(scope);
        var closure = CaptureClosure(scope, f);
        var cells = new PyCell[layout.CellNames.Length];
        for (var i = 0; i < layout.CellVarCount; i++) cells[i] = new PyCell();
        for (var i = layout.CellVarCount; i < cells.Length; i++) cells[i] = closure[i - layout.CellVarCount];
        var body = new Frame(f.Code, scope, f.Globals, ns, Array.Empty<PyObject?>(), cells, cls.Name);

        var context = PyContext.Current;
        if (++context.CallDepth > context.RecursionLimit)
        {
            context.CallDepth--;
            throw PyExc.Recursion();
        }
        try
        {
            ExecBlock(cls.Body, body);
        }
        finally
        {
            context.CallDepth--;
        }

        metaclass = PyType.ResolveMetaclass(metaclass, bases.ToArray());
        PyObject type = metaclass is not null && !ReferenceEquals(metaclass, PyType.TypeType)
            ? Ops.Call(metaclass, new PyObject[] { PyStr.From(cls.Name), new PyTuple(bases.ToArray()), ns })
            : ClassBuilder.CreateClass(cls.Name, bases.ToArray(), ns);
        if (scope.NeedsClassClosure)
        {
            var classCell = layout.CellOf("__class__");
            if (classCell >= 0) cells[classCell].Value = type;
        }
        type = ApplyDecorators(decorators, type);
        Evaluator.StoreName(cls.Name, type, f);
    }

    // ---- imports ----

    private static PyObject ImportModule(string name, Frame f, PyObject fromList, int level) =>
        ImportFailure.ImportName(name, fromList);

    private static void ExecImport(Alias alias, Frame f)
    {
        var module = ImportModule(alias.Name, f, PyNone.Instance, 0);
        if (alias.AsName is { } asName)
        {
            // import a.b as c binds the submodule a.b.
            var value = module;
            var parts = alias.Name.Split('.');
            for (var i = 1; i < parts.Length; i++) value = Ops.GetAttr(value, parts[i]);
            Evaluator.StoreName(asName, value, f);
        }
        else
        {
            var dot = alias.Name.IndexOf('.');
            Evaluator.StoreName(dot < 0 ? alias.Name : alias.Name[..dot], module, f);
        }
    }

    private static void ExecImportFrom(ImportFrom from, Frame f)
    {
        var names = new PyObject[from.Names.Count];
        for (var i = 0; i < names.Length; i++) names[i] = PyStr.From(from.Names[i].Name);
        var moduleName = from.ModuleName ?? "";
        var module = ImportModule(moduleName, f, new PyTuple(names), from.Level);
        foreach (var alias in from.Names)
        {
            if (alias.Name == "*")
            {
                foreach (var kv in ImportStar.Names(module)) Evaluator.StoreName(kv.Key, kv.Value, f);
                continue;
            }
            if (!Ops.TryGetAttr(module, alias.Name, out var value))
            {
                throw ImportFailure.CannotImport(module, alias.Name);
            }
            Evaluator.StoreName(alias.AsName ?? alias.Name, value, f);
        }
    }
}

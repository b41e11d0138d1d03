namespace PyDbg.Vm.Runtime;

/// <summary>
/// The native calling convention (like CPython's vectorcall): positional arguments first, then
/// the values of keyword arguments whose names are in <paramref name="kwNames"/> (may be null).
/// </summary>
public delegate PyObject BuiltinFunc(ReadOnlySpan<PyObject> args, string[]? kwNames);

/// <summary>A native method: as <see cref="BuiltinFunc"/> with the receiver passed separately.</summary>
public delegate PyObject BuiltinMethodFunc(PyObject self, ReadOnlySpan<PyObject> args, string[]? kwNames);

/// <summary>A built-in function (len, print, ...), or a built-in method bound to a receiver.</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public string Name { get; }
    public BuiltinFunc Func { get; }
    /// <summary>The receiver for a bound method (e.g. [].append); null for plain functions.</summary>
    public PyObject? Self { get; }

    public PyBuiltinFunction(string name, BuiltinFunc func, PyObject? self = null)
    {
        Name = name;
        Func = func;
        Self = self;
    }

    public override PyType Type => PyType.BuiltinFunction;
}

/// <summary>
/// A native method stored in a built-in type's dict (str.upper, list.append). Attribute lookup on
/// an instance binds it; the VM's LOAD_METHOD calls it without binding.
/// </summary>
public sealed class PyMethodDescriptor : PyObject
{
    public string Name { get; }
    public PyType Owner { get; }
    public BuiltinMethodFunc Func { get; }

    public PyMethodDescriptor(PyType owner, string name, BuiltinMethodFunc func)
    {
        Owner = owner;
        Name = name;
        Func = func;
    }

    /// <summary>True for the few native methods of a built-in value type that need the subclass
    /// instance itself (dict.__getitem__ calling __missing__, list.__init__, set.__repr__ showing the
    /// class name); all others receive the built-in value of a <see cref="PyDerivedInstance"/>.</summary>
    public bool TakesInstance { get; init; }

    /// <summary>The receiver the native function gets for <paramref name="self"/>.</summary>
    public PyObject Receiver(PyObject self) => !TakesInstance && self is PyDerivedInstance d ? d.Value : self;

    public PyBuiltinFunction Bind(PyObject self)
    {
        var f = Func;
        var receiver = Receiver(self);
        if (!ReferenceEquals(receiver, self)) return new PyBuiltinFunction(Name, (args, kw) => f(receiver, args, kw), self);
        return new PyBuiltinFunction(Name, (args, kw) => f(self, args, kw), self);
    }

    public override PyType Type => PyType.BuiltinFunction;
}

/// <summary>The parameter list of a Python function, shared by both engines for argument binding.</summary>
public sealed class FunctionSignature
{
    /// <summary>Parameter names in CPython's co_varnames order: positional (incl. positional-only),
    /// keyword-only, then *args, then **kwargs.</summary>
    public required string[] ParameterNames { get; init; }
    /// <summary>Number of positional parameters, positional-only ones included (co_argcount).</summary>
    public required int ArgCount { get; init; }
    public int PosOnlyArgCount { get; init; }
    public int KwOnlyArgCount { get; init; }
    public bool HasVarArgs { get; init; }
    public bool HasVarKeywords { get; init; }

    /// <summary>Number of local slots the binder fills.</summary>
    public int SlotCount => ArgCount + KwOnlyArgCount + (HasVarArgs ? 1 : 0) + (HasVarKeywords ? 1 : 0);
}

/// <summary>
/// A Python function. Each engine has its own subclass (the VM's runs a code object, the
/// tree-walker's walks an AST); native code calls either through <see cref="Invoke"/>.
/// </summary>
public abstract class PyFunctionBase : PyObject
{
    public string Name { get; set; }
    public string QualName { get; set; }
    public FunctionSignature Signature { get; }
    /// <summary>Default values for the last positional parameters (__defaults__), or null.</summary>
    public PyObject[]? Defaults { get; set; }
    /// <summary>Defaults of keyword-only parameters (__kwdefaults__), or null.</summary>
    public Dictionary<string, PyObject>? KwDefaults { get; set; }
    public PyDict Globals { get; }
    public Dictionary<string, PyObject>? Dict { get; set; }

    protected PyFunctionBase(string name, string qualName, FunctionSignature signature, PyDict globals)
    {
        Name = name;
        QualName = qualName;
        Signature = signature;
        Globals = globals;
    }

    /// <summary>Calls the function from native code (builtins calling a key function, Ops calling a
    /// special method). Engines may run a nested dispatch loop here.</summary>
    public abstract PyObject Invoke(ReadOnlySpan<PyObject> args, string[]? kwNames);

    public override PyType Type => PyType.Function;
}

/// <summary>A Python function bound to an instance (obj.method).</summary>
public sealed class PyMethod : PyObject
{
    public PyObject Function { get; }
    public PyObject Self { get; }
    public PyMethod(PyObject function, PyObject self)
    {
        Function = function;
        Self = self;
    }
    public override PyType Type => PyType.Method;
}

/// <summary>An instance of a user-defined class (attributes in <see cref="Dict"/>).</summary>
public class PyInstance : PyObject
{
    private readonly PyType _type;
    public readonly Dictionary<string, PyObject> Dict = new();
    public PyInstance(PyType type) => _type = type;
    public override PyType Type => _type;
}

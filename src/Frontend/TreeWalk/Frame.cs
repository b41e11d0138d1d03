using PyDbg.Frontend.Semantics;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>How a statement finished: normally, or by break / continue / return (the return
/// value is in <see cref="Frame.ReturnValue"/>).</summary>
public enum ExecStatus { Normal, Break, Continue, Return }

/// <summary>
/// The run-time environment of one module body, class body, function call or comprehension.
/// </summary>
public sealed class Frame
{
    public ModuleCode Code { get; }
    public Scope Scope { get; }
    public ScopeLayout Layout { get; }
    public PyDict Globals { get; }
    public PyDict Builtins { get; }
    /// <summary>The namespace of a module (the globals) or class body; null in functions.</summary>
    public PyDict? Namespace { get; }
    /// <summary>Fast locals (function-like scopes), indexed like <see cref="ScopeLayout.VarNames"/>.</summary>
    public PyObject?[] Locals { get; }
    /// <summary>Cell variables then free variables.</summary>
    public PyCell[] Cells { get; }
    /// <summary>co_name, as tracebacks print it.</summary>
    public string FunctionName { get; }
    public PyObject ReturnValue { get; set; } = PyNone.Instance;
    /// <summary>The last exception this frame added a traceback entry for (one entry per frame per pass).</summary>
    public PyBaseException? Annotated { get; set; }
    /// <summary>Set while the frame runs as a generator body (yield hands values to it).</summary>
    public GeneratorCore? Generator { get; set; }

    public Frame(ModuleCode code, Scope scope, PyDict globals, PyDict? ns, PyObject?[] locals, PyCell[] cells, string functionName)
        : this(code, code.LayoutOf(scope), globals, ns, locals, cells, functionName)
    {
    }

    public Frame(ModuleCode code, ScopeLayout layout, PyDict globals, PyDict? ns, PyObject?[] locals, PyCell[] cells, string functionName)
    {
        Code = code;
        Scope = layout.Scope;
        Layout = layout;
        Globals = globals;
        Builtins = code.Builtins;
        Namespace = ns;
        Locals = locals;
        Cells = cells;
        FunctionName = functionName;
    }

    /// <summary>Records this frame in the exception's traceback the first time it passes through
    /// (used as an exception filter: always false, so nothing is caught).</summary>
    public bool Annotate(PyException e, Syntax.Node node)
    {
        var exc = e.Value;
        if (!ReferenceEquals(Annotated, exc))
        {
            Annotated = exc;
            exc.Traceback.Insert(0, new TracebackEntry(Code.FileName, FunctionName, node.Span));
        }
        return false;
    }
}

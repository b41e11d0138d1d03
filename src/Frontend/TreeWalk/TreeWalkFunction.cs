using System.Runtime.CompilerServices;
using PyDbg.Frontend.Semantics;
using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// A Python function of the tree-walking interpreter: a FunctionDef or Lambda node with its
/// defaults, closure cells and globals. A call binds the arguments (<see cref="Ops.BindArguments"/>)
/// into a new frame and runs the body; a generator function returns a generator instead.
/// </summary>
public sealed class TreeWalkFunction : PyFunctionBase
{
    public ModuleCode Code { get; }
    public Scope Scope { get; }
    /// <summary>The FunctionDef or Lambda node.</summary>
    public Node Node { get; }
    public PyCell[] Closure { get; }
    private readonly ScopeLayout _layout;

    public TreeWalkFunction(ModuleCode code, Scope scope, Node node, FunctionSignature signature, PyDict globals, PyCell[] closure)
        : base(scope.Name, scope.QualName, signature, globals)
    {
        Code = code;
        Scope = scope;
        Node = node;
        Closure = closure;
        _layout = code.LayoutOf(scope);
    }

    public override PyObject Invoke(ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        var layout = _layout;
        var locals = layout.VarNames.Length == 0 ? Array.Empty<PyObject?>() : new PyObject?[layout.VarNames.Length];
        Ops.BindArguments(this, args, kwNames, locals.AsSpan(0, Signature.SlotCount));
        var frame = Executor.NewFunctionFrame(Code, layout, Globals, Closure, locals);
        if (Scope.IsGenerator) return new TreeWalkGenerator(frame, () => RunBody(frame), Name, QualName);

        var context = PyContext.Current;
        if (context.CallDepth >= context.RecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyExc.Recursion();
        context.CallDepth++;
        try
        {
            return RunBody(frame);
        }
        finally
        {
            context.CallDepth--;
        }
    }

    private PyObject RunBody(Frame frame)
    {
        if (Node is Lambda lambda) return Evaluator.Eval(lambda.Body, frame);
        var body = ((FunctionDef)Node).Body;
        return Executor.ExecBlock(body, frame) == ExecStatus.Return ? frame.ReturnValue : PyNone.Instance;
    }
}

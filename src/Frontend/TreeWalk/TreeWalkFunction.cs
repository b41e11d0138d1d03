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
        var signature = Signature;
        if (kwNames is null && args.Length == signature.ArgCount && signature.SlotCount == signature.ArgCount)
        {
            // Exactly the positional parameters, nothing else to bind (the common case).
            for (var i = 0; i < args.Length; i++) locals[i] = args[i];
        }
        else
        {
            Ops.BindArguments(this, args, kwNames, locals.AsSpan(0, signature.SlotCount));
        }
        var frame = Executor.NewFunctionFrame(Code, layout, Globals, Closure, locals);
        if (Scope.IsGenerator) return MakeGenerator(frame);

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

    /// <summary>A generator function's call: the body runs as a C# iterator when its yields allow
    /// it (see <see cref="GeneratorPlan"/>), else on a thread of its own.</summary>
    private TreeWalkGenerator MakeGenerator(Frame frame)
    {
        if (Node is FunctionDef def && Code.PlanOf(def) is { RunsAsIterator: true } plan)
        {
            var runner = new IteratorGeneratorRunner(frame, state => GeneratorExecutor.Body(def, plan, frame, state));
            return new TreeWalkGenerator(runner, Name, QualName);
        }
        return new TreeWalkGenerator(frame, () => RunBody(frame), Name, QualName);
    }

    private PyObject RunBody(Frame frame)
    {
        if (Node is Lambda lambda) return Evaluator.Eval(lambda.Body, frame);
        var body = ((FunctionDef)Node).Body;
        return Executor.ExecBlock(body, frame) == ExecStatus.Return ? frame.ReturnValue : PyNone.Instance;
    }
}

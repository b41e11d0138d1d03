using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Execution;

/// <summary>A Python function of the bytecode VM: a code object with its globals, defaults and closure.</summary>
public sealed class VmFunction : PyFunctionBase
{
    public CodeObject Code { get; }
    /// <summary>The free-variable cells, in Code.FreeVars order (null when there are none).</summary>
    public PyCell[]? Closure { get; }
    public PyObject? Annotations { get; set; }
    public PyObject Doc { get; set; } = PyNone.Instance;
    /// <summary>True when calls can copy positional arguments straight into the locals.</summary>
    internal readonly bool IsSimple;

    public VmFunction(CodeObject code, PyDict globals, PyCell[]? closure)
        : base(code.Name, code.QualName, code.Signature, globals)
    {
        Code = code;
        Closure = closure;
        IsSimple = (code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && code.KwOnlyArgCount == 0;
        if (code.Constants.Length > 0 && code.Constants[0] is PyStr doc && (code.Flags & CodeFlags.Optimized) != 0 && code.Name != "<lambda>")
        {
            Doc = doc;
            // The runtime's attribute lookup reads function attributes from Dict first.
            Dict = new Dictionary<string, PyObject> { ["__doc__"] = doc };
        }
    }

    /// <summary>Creates the frame of a call with its arguments bound (not yet running).</summary>
    public Frame NewFrame(ReadOnlySpan<PyObject> args, string[]? kwNames, PyDict builtins)
    {
        var code = Code;
        var frame = new Frame(code, Globals, builtins) { Function = this };
        var values = frame.Values;
        var argCount = code.ArgCount;
        if (kwNames is null && IsSimple && args.Length == argCount)
        {
            for (var i = 0; i < args.Length; i++) values[i].V = args[i];
        }
        else if (kwNames is null && IsSimple && args.Length < argCount && Defaults is { } defaults
                 && args.Length >= argCount - defaults.Length)
        {
            for (var i = 0; i < args.Length; i++) values[i].V = args[i];
            var firstDefault = argCount - defaults.Length;
            for (var i = args.Length; i < argCount; i++) values[i].V = defaults[i - firstDefault];
        }
        else
        {
            Ops.BindArguments(this, args, kwNames, Slot.WritableSpan(values, 0, Signature.SlotCount));
        }
        if (code.CellCount > 0) frame.InitCells(Closure);
        return frame;
    }

    public override PyObject Invoke(ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        var context = PyContext.Current;
        var frame = NewFrame(args, kwNames, context.Builtins);
        if (Code.IsGenerator) return new PyGenerator(frame);
        if (++context.CallDepth > context.RecursionLimit)
        {
            context.CallDepth--;
            throw PyExc.Recursion();
        }
        frame.Back = Interpreter.CurrentFrame;
        return Interpreter.Run(frame);
    }
}

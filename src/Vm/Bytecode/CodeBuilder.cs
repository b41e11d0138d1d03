using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Bytecode;

/// <summary>A jump target inside a <see cref="CodeBuilder"/>; resolved to an instruction index on <see cref="CodeBuilder.Build"/>.</summary>
public readonly record struct Label(int Id);

/// <summary>An exception handler being emitted: its target label, the instruction index where it was set
/// up (the handler's stack depth is the depth there, plus DepthAdjust) and whether it pushes lasti.</summary>
internal readonly record struct HandlerInfo(int TargetArg, int SetupIndex, int DepthAdjust, bool PushLasti);

/// <summary>
/// Emits the instructions of one code object. Every instruction takes the builder's CURRENT
/// source span, set with a scoped <c>using (builder.At(node.Span))</c>, so no emit can forget its
/// position. Jumps name <see cref="Label"/>s that are patched to absolute instruction indices.
/// Exception handlers are a stack: each instruction records the innermost handler active when it
/// is emitted, and <see cref="Build"/> turns runs of equal handlers into the exception table.
/// </summary>
public sealed class CodeBuilder
{
    private readonly List<Instruction> _code = new();
    private readonly List<SourceSpan> _spans = new();
    private readonly List<int> _handlerOf = new();      // per instruction: index into _handlers, or -1
    private readonly List<int> _labelTargets = new();    // label id -> instruction index (-1 = unmarked)
    private readonly List<HandlerInfo> _handlers = new();
    private readonly Stack<int> _handlerStack = new();
    private readonly List<PyObject> _consts = new();
    private readonly Dictionary<object, int> _constIndex = new();
    private readonly List<string> _names = new();
    private readonly Dictionary<string, int> _nameIndex = new();
    private readonly List<string> _varNames = new();
    private readonly Dictionary<string, int> _varIndex = new();

    public SourceSpan CurrentSpan { get; set; }

    public int Count => _code.Count;
    public IReadOnlyList<string> VarNames => _varNames;

    /// <summary>Sets the span of the following emits until the returned scope is disposed.</summary>
    public SpanScope At(SourceSpan span)
    {
        var previous = CurrentSpan;
        CurrentSpan = span;
        return new SpanScope(this, previous);
    }

    public readonly struct SpanScope : IDisposable
    {
        private readonly CodeBuilder _builder;
        private readonly SourceSpan _previous;
        internal SpanScope(CodeBuilder builder, SourceSpan previous)
        {
            _builder = builder;
            _previous = previous;
        }
        public void Dispose() => _builder.CurrentSpan = _previous;
    }

    // ---------------- emitting ----------------

    public int Emit(OpCode op, int arg = 0)
    {
        _code.Add(new Instruction(op, arg));
        _spans.Add(CurrentSpan);
        _handlerOf.Add(_handlerStack.Count > 0 ? _handlerStack.Peek() : -1);
        return _code.Count - 1;
    }

    /// <summary>Emits a jump to <paramref name="target"/> (argument patched on Build).</summary>
    public int Emit(OpCode op, Label target) => Emit(op, EncodeLabel(target));

    public Label NewLabel()
    {
        _labelTargets.Add(-1);
        return new Label(_labelTargets.Count - 1);
    }

    /// <summary>Binds the label to the next instruction emitted.</summary>
    public void Mark(Label label) => _labelTargets[label.Id] = _code.Count;

    public bool IsMarked(Label label) => _labelTargets[label.Id] >= 0;

    private static int EncodeLabel(Label l) => -2 - l.Id;
    private static bool IsLabelArg(int arg) => arg <= -2;
    private static int DecodeLabel(int arg) => -2 - arg;

    /// <summary>The opcode of the last instruction emitted, or null.</summary>
    public OpCode? LastOp => _code.Count == 0 ? null : _code[^1].Op;


    // ---------------- exception handlers ----------------

    /// <summary>The span that marks an artificial instruction: it takes the position of the instruction
    /// before it in its basic block (CPython's UNSET_LOC / NOLINE), or none.</summary>
    /// <summary>The NOP a SETUP_* pseudo-instruction leaves behind (CPython's `try:` line): it is
    /// covered by no exception handler.</summary>
    public int EmitSetupNop()
    {
        var i = Emit(OpCode.NOP);
        _handlerOf[i] = -1;
        return i;
    }

    public static readonly SourceSpan NoLine = new(-1, -1, -1, -1);

    /// <summary>Emits an artificial instruction (see <see cref="NoLine"/>).</summary>
    public int EmitNoLine(OpCode op, int arg = 0)
    {
        var saved = CurrentSpan;
        CurrentSpan = NoLine;
        var i = Emit(op, arg);
        CurrentSpan = saved;
        return i;
    }

    public int EmitNoLine(OpCode op, Label target) => EmitNoLine(op, EncodeLabel(target));

    /// <summary>Instructions emitted until the matching <see cref="PopHandler"/> unwind to <paramref name="target"/>.</summary>
    public void PushHandler(Label target, bool pushLasti, int depthAdjust = 0)
    {
        _handlers.Add(new HandlerInfo(EncodeLabel(target), _code.Count, depthAdjust, pushLasti));
        _handlerStack.Push(_handlers.Count - 1);
    }

    public void PopHandler() => _handlerStack.Pop();

    /// <summary>CPython's POP_BLOCK pseudo-instruction: ends the innermost handler's range and leaves a
    /// NOP (at the current span) that the optimiser removes unless it keeps a line alive. Like
    /// POP_BLOCK, it stops jump threading through it.</summary>
    public void PopBlock()
    {
        _handlerStack.Pop();
        Emit(OpCode.NOP);
    }

    /// <summary>POP_BLOCK without a line (ADDOP_NOLINE / after UNSET_LOC).</summary>
    public void PopBlockNoLine()
    {
        _handlerStack.Pop();
        EmitNoLine(OpCode.NOP);
    }

    /// <summary>Temporarily no handler (or an outer one) while emitting; restore with <see cref="RestoreHandlers"/>.</summary>
    public int[] SaveHandlers() => _handlerStack.ToArray();

    public void RestoreHandlers(int[] saved)
    {
        _handlerStack.Clear();
        for (var i = saved.Length - 1; i >= 0; i--) _handlerStack.Push(saved[i]);
    }

    // ---------------- tables ----------------

    /// <summary>Interns a constant (1, 1.0 and True stay distinct, as in CPython).</summary>
    public int AddConst(PyObject value)
    {
        var key = ConstKey(value);
        if (_constIndex.TryGetValue(key, out var i)) return i;
        _consts.Add(value);
        _constIndex[key] = _consts.Count - 1;
        return _consts.Count - 1;
    }

    private static object ConstKey(PyObject v) => v switch
    {
        PyNone => "N",
        PyEllipsis => "E",
        PyBool b => b.Value ? "T" : "F",
        PyInt i => "i" + (i.IsSmall ? i.Small.ToString() : i.Big.ToString()),
        PyFloat f => "f" + BitConverter.DoubleToInt64Bits(f.Value),
        PyStr s => "s" + s.Value,
        PyTuple t => TupleKey(t),
        _ => v, // code objects and others: by identity
    };

    private static object TupleKey(PyTuple t)
    {
        var parts = new System.Text.StringBuilder("t(");
        foreach (var item in t.Items)
        {
            var k = ConstKey(item);
            if (k is not string s) return t;
            parts.Append(s.Length).Append(':').Append(s).Append(',');
        }
        return parts.Append(')').ToString();
    }

    public int AddName(string name)
    {
        if (_nameIndex.TryGetValue(name, out var i)) return i;
        _names.Add(name);
        _nameIndex[name] = _names.Count - 1;
        return _names.Count - 1;
    }

    public int AddVarName(string name)
    {
        if (_varIndex.TryGetValue(name, out var i)) return i;
        _varNames.Add(name);
        _varIndex[name] = _varNames.Count - 1;
        return _varNames.Count - 1;
    }

    public bool TryGetVarName(string name, out int index) => _varIndex.TryGetValue(name, out index);

    // ---------------- build ----------------

    public sealed class CodeInfo
    {
        public required string Name { get; init; }
        public required string QualName { get; init; }
        public required string FileName { get; init; }
        public required int FirstLineNo { get; init; }
        public CodeFlags Flags { get; init; }
        public int ArgCount { get; init; }
        public int PosOnlyArgCount { get; init; }
        public int KwOnlyArgCount { get; init; }
        public string[] CellVars { get; init; } = Array.Empty<string>();
        public string[] FreeVars { get; init; } = Array.Empty<string>();
    }

    public CodeObject Build(CodeInfo info)
    {
        FoldConstantTuples();
        var cfg = new FlowGraphOptimizer(_code, _spans, _handlerOf, _handlers, ResolveLabel, i => (uint)i < (uint)_consts.Count && _consts[i] is PyNone, ConstTruth);
        cfg.Run();
        var instructions = cfg.Instructions;
        var table = cfg.ExceptionTable;
        var cellParam = new int[info.CellVars.Length];
        var nparams = info.ArgCount + info.KwOnlyArgCount
            + ((info.Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((info.Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
        for (var i = 0; i < cellParam.Length; i++)
        {
            cellParam[i] = -1;
            for (var p = 0; p < nparams && p < _varNames.Count; p++)
                if (_varNames[p] == info.CellVars[i]) { cellParam[i] = p; break; }
        }
        return new CodeObject
        {
            Name = info.Name,
            QualName = info.QualName,
            FileName = info.FileName,
            FirstLineNo = info.FirstLineNo,
            Flags = info.Flags,
            ArgCount = info.ArgCount,
            PosOnlyArgCount = info.PosOnlyArgCount,
            KwOnlyArgCount = info.KwOnlyArgCount,
            Instructions = instructions,
            Positions = cfg.Positions,
            Constants = _consts.ToArray(),
            Names = _names.ToArray(),
            VarNames = _varNames.ToArray(),
            CellVars = info.CellVars,
            FreeVars = info.FreeVars,
            CellParameterIndex = cellParam,
            StackSize = cfg.StackSize,
            ExceptionTable = table,
        };
    }

    /// <summary>CPython's fold_tuple_on_constants: LOAD_CONST x n + BUILD_TUPLE n → NOPs + LOAD_CONST tuple
    /// (the tuple is appended to the constants, as CPython's optimiser does).</summary>
    private void FoldConstantTuples()
    {
        var targets = new HashSet<int>(_labelTargets);
        for (var i = 0; i < _code.Count; i++)
        {
            if (_code[i].Op != OpCode.BUILD_TUPLE) continue;
            var n = _code[i].Arg;
            if (n > i) continue;
            var ok = true;
            for (var k = i - n; k < i && ok; k++)
                if (_code[k].Op != OpCode.LOAD_CONST || (k > i - n && targets.Contains(k))) ok = false;
            if (!ok || targets.Contains(i) && n > 0) continue;
            var items = new PyObject[n];
            for (var k = 0; k < n; k++)
            {
                items[k] = _consts[_code[i - n + k].Arg];
                _code[i - n + k] = new Instruction(OpCode.NOP, 0);
            }
            _code[i] = new Instruction(OpCode.LOAD_CONST, AddConst(PyTuple.Of(items)));
        }
    }

    private bool? ConstTruth(int index)
    {
        if ((uint)index >= (uint)_consts.Count || _consts[index] is CodeObject) return null;
        try { return Ops.IsTrue(_consts[index]); }
        catch (PyException) { return null; }
    }

    private int ResolveLabel(int arg)
    {
        if (!IsLabelArg(arg)) return arg;
        var target = _labelTargets[DecodeLabel(arg)];
        if (target < 0) throw new InvalidOperationException("jump to an unmarked label");
        return target;
    }

    internal static bool IsLabelArgValue(int arg) => IsLabelArg(arg);
}

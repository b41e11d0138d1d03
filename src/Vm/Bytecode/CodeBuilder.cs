using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Bytecode;

/// <summary>A jump target inside a <see cref="CodeBuilder"/>; resolved to an instruction index on <see cref="CodeBuilder.Build"/>.</summary>
public readonly record struct Label(int Id);

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
    private readonly List<(int Target, int Depth, bool Lasti)> _handlers = new();
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

    /// <summary>The span of the last instruction emitted (for artificial instructions that continue a line).</summary>
    public SourceSpan LastSpan => _spans.Count == 0 ? CurrentSpan : _spans[^1];

    // ---------------- exception handlers ----------------

    /// <summary>Instructions emitted until the matching <see cref="PopHandler"/> unwind to <paramref name="target"/>.</summary>
    public void PushHandler(Label target, int depth, bool pushLasti)
    {
        _handlers.Add((EncodeLabel(target), depth, pushLasti));
        _handlerStack.Push(_handlers.Count - 1);
    }

    public void PopHandler() => _handlerStack.Pop();

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
        var instructions = new Instruction[_code.Count];
        for (var i = 0; i < instructions.Length; i++)
        {
            var ins = _code[i];
            if (IsLabelArg(ins.Arg) && LabelArgs(ins.Op))
                ins = ins with { Arg = ResolveLabel(ins.Arg) };
            instructions[i] = ins;
        }
        var table = BuildExceptionTable();
        var cellParam = new int[info.CellVars.Length];
        for (var i = 0; i < cellParam.Length; i++)
        {
            cellParam[i] = -1;
            var nparams = info.ArgCount + info.KwOnlyArgCount
                + ((info.Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((info.Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
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
            Positions = _spans.ToArray(),
            Constants = _consts.ToArray(),
            Names = _names.ToArray(),
            VarNames = _varNames.ToArray(),
            CellVars = info.CellVars,
            FreeVars = info.FreeVars,
            CellParameterIndex = cellParam,
            StackSize = StackDepth.Compute(instructions, table),
            ExceptionTable = table,
        };
    }

    private static bool LabelArgs(OpCode op) => StackDepth.IsJump(op);

    private int ResolveLabel(int arg)
    {
        var target = _labelTargets[DecodeLabel(arg)];
        if (target < 0) throw new InvalidOperationException("jump to an unmarked label");
        return target;
    }

    private ExceptionTableEntry[] BuildExceptionTable()
    {
        var entries = new List<ExceptionTableEntry>();
        var i = 0;
        while (i < _handlerOf.Count)
        {
            var h = _handlerOf[i];
            if (h < 0) { i++; continue; }
            var start = i;
            while (i < _handlerOf.Count && _handlerOf[i] == h) i++;
            var (target, depth, lasti) = _handlers[h];
            entries.Add(new ExceptionTableEntry(start, i, ResolveLabel(target), depth, lasti));
        }
        // Merge adjacent entries with identical handlers (different handler records, same target).
        var merged = new List<ExceptionTableEntry>();
        foreach (var e in entries)
        {
            if (merged.Count > 0 && merged[^1].End == e.Start && merged[^1].Target == e.Target
                && merged[^1].Depth == e.Depth && merged[^1].PushLasti == e.PushLasti)
                merged[^1] = merged[^1] with { End = e.End };
            else merged.Add(e);
        }
        return merged.ToArray();
    }
}

namespace PyDbg.Vm.Bytecode;

/// <summary>
/// The assembler passes CPython 3.11 runs on a code object's instructions, in CPython's order, on
/// our linear form: jump threading, removal of unreachable code, duplication of small exit blocks
/// without a line number, removal of redundant NOPs and jumps to the next instruction, line-number
/// propagation to artificial instructions, index remapping, exception table and stack depth.
/// </summary>
internal sealed class FlowGraphOptimizer
{
    private readonly List<OpCode> _ops = new();
    private readonly List<int> _args = new();
    private readonly List<SourceSpan> _spans = new();
    private readonly List<int> _handlerOf = new();
    private readonly List<HandlerInfo> _handlers;
    private readonly int[] _handlerTarget;
    private readonly Func<int, bool> _isNone;
    private readonly Func<int, bool?> _constTruth;

    public Instruction[] Instructions { get; private set; } = Array.Empty<Instruction>();
    public SourceSpan[] Positions { get; private set; } = Array.Empty<SourceSpan>();
    public ExceptionTableEntry[] ExceptionTable { get; private set; } = Array.Empty<ExceptionTableEntry>();
    public int StackSize { get; private set; }

    public FlowGraphOptimizer(List<Instruction> code, List<SourceSpan> spans, List<int> handlerOf,
        List<HandlerInfo> handlers, Func<int, int> resolve, Func<int, bool> isNoneConst, Func<int, bool?> constTruth)
    {
        _isNone = isNoneConst;
        _constTruth = constTruth;
        foreach (var ins in code)
        {
            _ops.Add(ins.Op);
            _args.Add(StackDepth.IsJump(ins.Op) ? resolve(ins.Arg) : ins.Arg);
        }
        _spans.AddRange(spans);
        _handlerOf.AddRange(handlerOf);
        _handlers = handlers;
        _handlerTarget = new int[handlers.Count];
        for (var h = 0; h < handlers.Count; h++) _handlerTarget[h] = resolve(handlers[h].TargetArg);
    }

    private static bool IsUncond(OpCode op) => op is OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD;

    public void Run()
    {
        FoldConstantJumps();
        ThreadJumps();
        ApplyStaticSwaps();
        ExtendBlocks();
        var reachable = Reachable();
        DuplicateExits(ref reachable);
        var keep = (bool[])reachable.Clone();
        for (var pass = 0; pass < 3; pass++)
            if (!RemoveRedundant(keep)) break;
        PropagateLines(keep);
        Assemble(keep);
    }

    /// <summary>LOAD_CONST c followed by a conditional jump: the outcome is known (CPython's optimize_basic_block).</summary>
    private void FoldConstantJumps()
    {
        // Blocks as the compiler produced them: a folded jump does not merge blocks.
        var targets = new HashSet<int>(_handlerTarget);
        for (var j = 0; j < _ops.Count; j++) if (StackDepth.IsJump(_ops[j])) targets.Add(_args[j]);
        for (var i = 0; i + 1 < _ops.Count; i++)
        {
            if (_ops[i] != OpCode.LOAD_CONST || _constTruth(_args[i]) is not { } truth || targets.Contains(i + 1)) continue;
            switch (_ops[i + 1])
            {
                case OpCode.JUMP_IF_FALSE_OR_POP:
                case OpCode.JUMP_IF_TRUE_OR_POP:
                {
                    var jumpIfTrue = _ops[i + 1] == OpCode.JUMP_IF_TRUE_OR_POP;
                    if (truth == jumpIfTrue) _ops[i + 1] = OpCode.JUMP_FORWARD;
                    else
                    {
                        _ops[i] = OpCode.NOP;
                        _ops[i + 1] = OpCode.NOP;
                        _args[i] = _args[i + 1] = 0;
                    }
                    break;
                }
                case OpCode.POP_JUMP_IF_FALSE:
                case OpCode.POP_JUMP_IF_TRUE:
                {
                    var jumpIfTrue = _ops[i + 1] == OpCode.POP_JUMP_IF_TRUE;
                    _ops[i] = OpCode.NOP;
                    _args[i] = 0;
                    if (truth == jumpIfTrue) _ops[i + 1] = OpCode.JUMP_FORWARD;
                    else
                    {
                        _ops[i + 1] = OpCode.NOP;
                        _args[i + 1] = 0;
                    }
                    break;
                }
            }
        }
    }

    /// <summary>CPython's apply_static_swaps: SWAP n before STORE_FAST / POP_TOP instructions is applied
    /// by reordering those instructions instead.</summary>
    private void ApplyStaticSwaps()
    {
        static bool Swappable(OpCode op) => op is OpCode.STORE_FAST or OpCode.POP_TOP;
        int NextSwappable(int i, int line)
        {
            while (++i < _ops.Count)
            {
                if (IsTargetOf(i)) return -1;
                if (line >= 0 && _spans[i].Line != line) return -1;
                if (_ops[i] == OpCode.NOP) continue;
                return Swappable(_ops[i]) ? i : -1;
            }
            return -1;
        }
        int StoresTo(int i) => _ops[i] == OpCode.STORE_FAST ? _args[i] : -1;
        for (var s = 0; s < _ops.Count; s++)
        {
            if (_ops[s] != OpCode.SWAP) continue;
            if (_args[s] == 1) { _ops[s] = OpCode.NOP; continue; }
            for (var i = s; i >= 0; i--)
            {
                if (_ops[i] != OpCode.SWAP)
                {
                    if (_ops[i] == OpCode.NOP || Swappable(_ops[i])) continue;
                    break;
                }
                var j = NextSwappable(i, -1);
                if (j < 0) break;
                var k = j;
                var line = _spans[j].Line;
                var ok = true;
                for (var count = _args[i] - 1; count > 0; count--)
                {
                    k = NextSwappable(k, line);
                    if (k < 0) { ok = false; break; }
                }
                if (!ok) break;
                int sj = StoresTo(j), sk = StoresTo(k);
                if (sj >= 0 || sk >= 0)
                {
                    if (sj == sk) break;
                    for (var idx = j + 1; idx < k && ok; idx++)
                    {
                        var si = StoresTo(idx);
                        if (si >= 0 && (si == sj || si == sk)) ok = false;
                    }
                    if (!ok) break;
                }
                _ops[i] = OpCode.NOP;
                _args[i] = 0;
                (_ops[j], _ops[k]) = (_ops[k], _ops[j]);
                (_args[j], _args[k]) = (_args[k], _args[j]);
                (_spans[j], _spans[k]) = (_spans[k], _spans[j]);
            }
        }
    }

    private void ThreadJumps()
    {
        for (var i = 0; i < _ops.Count; i++)
        {
            // JUMP_IF_FALSE_OR_POP to JUMP_IF_TRUE_OR_POP / POP_JUMP_IF_TRUE on the same line (and
            // the mirror case): the value is known false there, so pop it and skip that jump.
            var op = _ops[i];
            if (op is OpCode.JUMP_IF_FALSE_OR_POP or OpCode.JUMP_IF_TRUE_OR_POP && (uint)_args[i] < (uint)_ops.Count)
            {
                var t = _args[i];
                var top = _ops[t];
                var falsy = op == OpCode.JUMP_IF_FALSE_OR_POP;
                if (falsy ? top is OpCode.POP_JUMP_IF_FALSE : top is OpCode.POP_JUMP_IF_TRUE)
                {
                    if (_spans[i].Line == _spans[t].Line && _args[t] != _args[i])
                    {
                        _ops[i] = top;
                        _args[i] = _args[t];
                    }
                }
                else if (falsy ? top is OpCode.JUMP_IF_FALSE_OR_POP : top is OpCode.JUMP_IF_TRUE_OR_POP)
                {
                    if (_spans[i].Line == _spans[t].Line && _args[t] != _args[i]) _args[i] = _args[t];
                }
                else if (falsy ? top is OpCode.JUMP_IF_TRUE_OR_POP or OpCode.POP_JUMP_IF_TRUE
                               : top is OpCode.JUMP_IF_FALSE_OR_POP or OpCode.POP_JUMP_IF_FALSE)
                {
                    if (_spans[i].Line == _spans[t].Line)
                    {
                        _ops[i] = falsy ? OpCode.POP_JUMP_IF_FALSE : OpCode.POP_JUMP_IF_TRUE;
                        _args[i] = t + 1;
                    }
                }
            }
            // PUSH_NULL; LOAD_GLOBAL → LOAD_GLOBAL with the push-null bit.
            if (op == OpCode.PUSH_NULL && i + 1 < _ops.Count && _ops[i + 1] == OpCode.LOAD_GLOBAL && (_args[i + 1] & 1) == 0
                && !IsTargetOf(i + 1))
            {
                _ops[i] = OpCode.NOP;
                _args[i + 1] |= 1;
                continue;
            }
            // LOAD_CONST None; IS_OP; POP_JUMP_IF_x  →  POP_JUMP_IF_(NOT_)NONE.
            if (op == OpCode.LOAD_CONST && _isNone(_args[i]) && i + 2 < _ops.Count && _ops[i + 1] == OpCode.IS_OP
                && _ops[i + 2] is OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE && !IsTargetOf(i + 1) && !IsTargetOf(i + 2))
            {
                var invert = _args[i + 1] != 0;
                if (_ops[i + 2] == OpCode.POP_JUMP_IF_FALSE) invert = !invert;
                _ops[i] = OpCode.NOP;
                _ops[i + 1] = OpCode.NOP;
                _args[i] = _args[i + 1] = 0;
                _ops[i + 2] = invert ? OpCode.POP_JUMP_IF_NOT_NONE : OpCode.POP_JUMP_IF_NONE;
            }
        }
        for (var i = 0; i < _ops.Count; i++)
        {
            if (!StackDepth.IsJump(_ops[i]) || _ops[i] is OpCode.FOR_ITER or OpCode.SEND) continue;
            for (var guard = 0; guard < 8; guard++)
            {
                var t = _args[i];
                if ((uint)t >= (uint)_ops.Count || !IsUncond(_ops[t])) break;
                if (_spans[i].Line != _spans[t].Line || _args[t] == _args[i]) break;
                _args[i] = _args[t];
            }
        }
    }

    private bool IsTargetOf(int index)
    {
        for (var j = 0; j < _ops.Count; j++)
            if (StackDepth.IsJump(_ops[j]) && _args[j] == index) return true;
        foreach (var h in _handlerTarget) if (h == index) return true;
        return false;
    }

    private static bool IsExitOp(OpCode op) => op is OpCode.RETURN_VALUE or OpCode.RAISE_VARARGS or OpCode.RERAISE;

    /// <summary>CPython's extend_block: an unconditional jump to a small exit block (at most 4
    /// instructions ending the scope) is replaced by a copy of that block.</summary>
    private void ExtendBlocks()
    {
        const int maxCopySize = 4;
        for (var i = 0; i < _ops.Count; i++)
        {
            if (!IsUncond(_ops[i])) continue;
            var t = _args[i];
            if ((uint)t >= (uint)_ops.Count) continue;
            var end = -1;
            for (var k = t; k < _ops.Count && k < t + maxCopySize; k++)
            {
                if (IsExitOp(_ops[k])) { end = k; break; }
                if (StackDepth.IsJump(_ops[k])) break;
            }
            if (end < 0) continue;
            if (BlockBoundaryWithin(t + 1, end)) continue;
            // CPython copies only blocks without a line number (implicit `return None`s).
            var hasLine = false;
            for (var k = t; k <= end; k++) if (_spans[k].Line > 0) hasLine = true;
            if (hasLine) continue;
            var n = end - t + 1;
            var ops = _ops.GetRange(t, n);
            var args = _args.GetRange(t, n);
            var spans = _spans.GetRange(t, n);
            _ops[i] = OpCode.NOP;
            _args[i] = 0;
            Insert(i + 1, ops, args, spans, _handlerOf[i]);
        }
    }

    /// <summary>Whether some jump or handler lands strictly inside [from, to].</summary>
    private bool BlockBoundaryWithin(int from, int to)
    {
        for (var j = 0; j < _ops.Count; j++)
            if (StackDepth.IsJump(_ops[j]) && _args[j] >= from && _args[j] <= to) return true;
        foreach (var h in _handlerTarget) if (h >= from && h <= to) return true;
        return false;
    }

    private void Insert(int pos, List<OpCode> ops, List<int> args, List<SourceSpan> spans, int handler)
    {
        var n = ops.Count;
        for (var j = 0; j < _ops.Count; j++)
            if (StackDepth.IsJump(_ops[j]) && _args[j] >= pos) _args[j] += n;
        for (var h = 0; h < _handlerTarget.Length; h++)
        {
            if (_handlerTarget[h] >= pos) _handlerTarget[h] += n;
            if (_handlers[h].SetupIndex >= pos) _handlers[h] = _handlers[h] with { SetupIndex = _handlers[h].SetupIndex + n };
        }
        var shiftedArgs = new List<int>(args);
        for (var k = 0; k < n; k++)
            if (StackDepth.IsJump(ops[k]) && shiftedArgs[k] >= pos) shiftedArgs[k] += n;
        _ops.InsertRange(pos, ops);
        _args.InsertRange(pos, shiftedArgs);
        _spans.InsertRange(pos, spans);
        var handlers = new int[n];
        Array.Fill(handlers, handler);
        _handlerOf.InsertRange(pos, handlers);
    }

    private bool[] Reachable()
    {
        var n = _ops.Count;
        var reachable = new bool[n];
        var handlerLive = new bool[_handlers.Count];
        var work = new Stack<int>();
        void Mark(int i)
        {
            if ((uint)i < (uint)n && !reachable[i]) { reachable[i] = true; work.Push(i); }
        }
        Mark(0);
        while (work.Count > 0)
        {
            var i = work.Pop();
            var op = _ops[i];
            if (StackDepth.IsJump(op)) Mark(_args[i]);
            if (!StackDepth.IsTerminal(op)) Mark(i + 1);
            var h = _handlerOf[i];
            if (h >= 0 && !handlerLive[h])
            {
                handlerLive[h] = true;
                Mark(_handlerTarget[h]);
            }
        }
        return reachable;
    }

    /// <summary>An implicit `return None` (no line) reached from several places is copied for each
    /// jump, so each copy has the line of the code that jumps to it.</summary>
    private void DuplicateExits(ref bool[] reachable)
    {
        var original = _ops.Count;
        for (var e = 0; e + 1 < original; e++)
        {
            if (!reachable[e] || _ops[e] != OpCode.LOAD_CONST || _ops[e + 1] != OpCode.RETURN_VALUE) continue;
            if (_spans[e].Line != -1 || _spans[e + 1].Line != -1) continue;
            var jumps = new List<int>();
            for (var j = 0; j < original; j++)
                if (reachable[j] && StackDepth.IsJump(_ops[j]) && _args[j] == e) jumps.Add(j);
            var fallthrough = e > 0 && reachable[e - 1] && !StackDepth.IsTerminal(_ops[e - 1]);
            var preds = jumps.Count + (fallthrough ? 1 : 0);
            if (preds < 2) continue;
            var copies = fallthrough ? jumps.Count : jumps.Count - 1;
            for (var k = 0; k < copies; k++)
            {
                var j = jumps[k];
                var at = _ops.Count;
                _ops.Add(OpCode.LOAD_CONST); _args.Add(_args[e]); _spans.Add(_spans[j]); _handlerOf.Add(_handlerOf[e]);
                _ops.Add(OpCode.RETURN_VALUE); _args.Add(0); _spans.Add(CodeBuilder.NoLine); _handlerOf.Add(_handlerOf[e]);
                _args[j] = at;
            }
        }
        if (_ops.Count != original)
        {
            var r = new bool[_ops.Count];
            Array.Copy(reachable, r, original);
            for (var i = original; i < r.Length; i++) r[i] = true;
            reachable = r;
        }
    }

    private bool[] BlockStarts(bool[] keep)
    {
        var n = _ops.Count;
        var starts = new bool[n];
        var prevKept = -1;
        for (var i = 0; i < n; i++)
        {
            if (!keep[i]) continue;
            if (StackDepth.IsJump(_ops[i]) && (uint)_args[i] < (uint)n) starts[_args[i]] = true;
            if (prevKept < 0 || StackDepth.IsTerminal(_ops[prevKept]) || StackDepth.IsJump(_ops[prevKept])) starts[i] = true;
            prevKept = i;
        }
        for (var h = 0; h < _handlers.Count; h++)
            if ((uint)_handlerTarget[h] < (uint)n) starts[_handlerTarget[h]] = true;
        return starts;
    }

    private int NextKept(bool[] keep, int i)
    {
        for (var k = i; k < _ops.Count; k++) if (keep[k]) return k;
        return -1;
    }

    private bool RemoveRedundant(bool[] keep)
    {
        var changed = false;
        var starts = BlockStarts(keep);
        var prevLine = int.MinValue;
        for (var i = 0; i < _ops.Count; i++)
        {
            if (!keep[i]) continue;
            if (starts[i]) prevLine = int.MinValue;
            var line = _spans[i].Line;
            if (_ops[i] == OpCode.NOP)
            {
                var remove = false;
                if (line < 0 || prevLine == line) remove = true;
                else
                {
                    var k = NextKept(keep, i + 1);
                    if (k >= 0 && !starts[k])
                    {
                        var nextLine = _spans[k].Line;
                        if (nextLine < 0 || nextLine == line)
                        {
                            if (nextLine < 0) _spans[k] = _spans[i];
                            remove = true;
                        }
                    }
                    else if (k >= 0 && _spans[k].Line == line) remove = true;
                }
                if (remove)
                {
                    keep[i] = false;
                    changed = true;
                    continue;
                }
            }
            else if (_ops[i] == OpCode.JUMP_FORWARD && NextKept(keep, i + 1) == NextKept(keep, _args[i]) && _args[i] > i)
            {
                // A jump to the next instruction becomes a NOP (kept only when it holds a line).
                _ops[i] = OpCode.NOP;
                _args[i] = 0;
                changed = true;
                i--;
                continue;
            }
            prevLine = line;
        }
        return changed;
    }

    private void PropagateLines(bool[] keep)
    {
        var n = _ops.Count;
        var starts = BlockStarts(keep);
        var preds = new int[n];
        var prevKept = -1;
        for (var i = 0; i < n; i++)
        {
            if (!keep[i]) continue;
            if (StackDepth.IsJump(_ops[i])) { var t = NextKept(keep, _args[i]); if (t >= 0) preds[t]++; }
            if (prevKept >= 0 && !StackDepth.IsTerminal(_ops[prevKept])) preds[i]++;
            prevKept = i;
        }
        var prev = CodeBuilder.NoLine;
        for (var i = 0; i < n; i++)
        {
            if (!keep[i]) continue;
            if (starts[i]) prev = _spans[i].Line < 0 ? CodeBuilder.NoLine : _spans[i];
            if (_spans[i].Line < 0) _spans[i] = prev;
            else prev = _spans[i];
            var next = NextKept(keep, i + 1);
            if (next >= 0 && starts[next] && !StackDepth.IsTerminal(_ops[i]) && preds[next] == 1 && _spans[next].Line < 0)
                _spans[next] = prev;
            if (StackDepth.IsJump(_ops[i]))
            {
                var t = NextKept(keep, _args[i]);
                if (t >= 0 && preds[t] == 1 && _spans[t].Line < 0) _spans[t] = prev;
            }
        }
        for (var i = 0; i < n; i++)
            if (_spans[i].Line < 0) _spans[i] = SourceSpan.None;
    }

    private void Assemble(bool[] keep)
    {
        var n = _ops.Count;
        var newIndex = new int[n + 1];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            newIndex[i] = count;
            if (keep[i]) count++;
        }
        newIndex[n] = count;
        // A removed instruction maps to the next kept one (newIndex already points there).
        var ins = new Instruction[count];
        var pos = new SourceSpan[count];
        var handlerOf = new int[count];
        for (var i = 0; i < n; i++)
        {
            if (!keep[i]) continue;
            var j = newIndex[i];
            var op = _ops[i];
            var arg = _args[i];
            if (StackDepth.IsJump(op))
            {
                arg = (uint)arg <= (uint)n ? newIndex[arg] : arg;
                if (IsUncond(op)) op = arg <= j ? OpCode.JUMP_BACKWARD : OpCode.JUMP_FORWARD;
            }
            ins[j] = new Instruction(op, arg);
            pos[j] = _spans[i];
            handlerOf[j] = _handlerOf[i];
        }
        Instructions = ins;
        Positions = pos;

        // Stack depths, with each handler's depth taken at its setup point.
        var hTarget = new int[_handlers.Count];
        var hSetup = new int[_handlers.Count];
        for (var h = 0; h < _handlers.Count; h++)
        {
            hTarget[h] = newIndex[Math.Min(_handlerTarget[h], n)];
            hSetup[h] = newIndex[Math.Min(_handlers[h].SetupIndex, n)];
        }
        var setupsAt = new Dictionary<int, List<int>>();
        for (var h = 0; h < _handlers.Count; h++)
        {
            if (!setupsAt.TryGetValue(hSetup[h], out var list)) setupsAt[hSetup[h]] = list = new List<int>();
            list.Add(h);
        }
        var depth = new int[count + 1];
        Array.Fill(depth, -1);
        var max = 0;
        var work = new Stack<int>();
        void Visit(int i, int d)
        {
            if ((uint)i >= (uint)count || d <= depth[i]) return;
            depth[i] = d;
            if (d > max) max = d;
            work.Push(i);
        }
        int HandlerDepth(int h) => hSetup[h] < count && depth[hSetup[h]] >= 0 ? depth[hSetup[h]] + _handlers[h].DepthAdjust : -1;
        if (count > 0) Visit(0, 0);
        var changed = true;
        while (changed)
        {
            changed = false;
            while (work.Count > 0)
            {
                var i = work.Pop();
                var d = depth[i];
                var x = ins[i];
                if (StackDepth.IsJump(x.Op))
                {
                    var jd = d + StackDepth.Effect(x, true);
                    if (jd > max) max = jd;
                    Visit(x.Arg, jd);
                }
                if (!StackDepth.IsTerminal(x.Op))
                {
                    var nd = d + StackDepth.Effect(x, false);
                    if (nd > max) max = nd;
                    Visit(i + 1, nd);
                }
                // A handler set up here is reachable with the depth here (CPython's SETUP_* edge).
                if (setupsAt.TryGetValue(i, out var hs))
                    foreach (var h in hs)
                        Visit(hTarget[h], d + _handlers[h].DepthAdjust + 1 + (_handlers[h].PushLasti ? 1 : 0));
            }
            for (var i = 0; i < count; i++)
            {
                var h = handlerOf[i];
                if (h < 0 || depth[i] < 0) continue;
                var hd = HandlerDepth(h);
                if (hd < 0) continue;
                var entry = hd + 1 + (_handlers[h].PushLasti ? 1 : 0);
                if (hTarget[h] < count && entry > depth[hTarget[h]])
                {
                    Visit(hTarget[h], entry);
                    changed = true;
                }
            }
        }
        StackSize = max;

        var entries = new List<ExceptionTableEntry>();
        var k = 0;
        while (k < count)
        {
            var h = handlerOf[k];
            if (h < 0) { k++; continue; }
            var start = k;
            while (k < count && handlerOf[k] == h) k++;
            var hd = Math.Max(HandlerDepth(h), 0);
            var e = new ExceptionTableEntry(start, k, hTarget[h], hd, _handlers[h].PushLasti);
            if (entries.Count > 0 && entries[^1].End == e.Start && entries[^1].Target == e.Target
                && entries[^1].Depth == e.Depth && entries[^1].PushLasti == e.PushLasti)
                entries[^1] = entries[^1] with { End = e.End };
            else entries.Add(e);
        }
        ExceptionTable = entries.ToArray();
    }
}

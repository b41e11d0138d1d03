using System.Runtime.CompilerServices;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Execution;

public static partial class Interpreter
{
    /// <summary>
    /// The dispatch loop. Runs until the entry frame returns or yields (the value) or a Python
    /// raise leaves the entry frame (null; the exception is in entry.Escaping). Exceptions thrown
    /// by native code propagate to <see cref="Run"/>, which unwinds and re-enters; <paramref name="frameRef"/>
    /// always names the frame being executed, whose Ip is the instruction being executed.
    /// </summary>
    private static PyObject? Loop(ref Frame frameRef, Frame entry)
    {
        var context = PyContext.Current;
        var frame = frameRef;
        _currentFrame = frame;
        var code = frame.Code;
        var instrs = code.Instructions;
        var values = frame.Values;
        var consts = code.Constants;
        var names = code.Names;
        var ip = frame.Ip;
        var sp = frame.Sp;
        string[]? kwNames = null;
        PyBaseException raised;
        bool addTraceback;
        Frame pushed;
        PyObject returned;

        while (true)
        {
            frame.Ip = ip;
            var ins = instrs[ip++];
        Dispatch:
            switch (ins.Op)
            {
                case OpCode.NOP:
                case OpCode.RESUME:
                    continue;

                case OpCode.POP_TOP:
                    values[--sp].V = null!;
                    continue;
                case OpCode.PUSH_NULL:
                    values[sp++].V = null!;
                    continue;
                case OpCode.COPY:
                    values[sp].V = values[sp - ins.Arg].V;
                    sp++;
                    continue;
                case OpCode.SWAP:
                {
                    var t = values[sp - 1].V;
                    values[sp - 1].V = values[sp - ins.Arg].V;
                    values[sp - ins.Arg].V = t;
                    continue;
                }

                case OpCode.LOAD_CONST:
                    values[sp++].V = consts[ins.Arg];
                    continue;
                case OpCode.LOAD_FAST:
                {
                    var v = values[ins.Arg].V;
                    if (v is null) throw UnboundLocal(code.VarNames[ins.Arg]);
                    values[sp++].V = v;
                    continue;
                }
                case OpCode.STORE_FAST:
                    values[ins.Arg].V = values[--sp].V;
                    values[sp].V = null!;
                    continue;
                case OpCode.DELETE_FAST:
                    if (values[ins.Arg].V is null) throw UnboundLocal(code.VarNames[ins.Arg]);
                    values[ins.Arg].V = null!;
                    continue;

                case OpCode.LOAD_GLOBAL:
                {
                    var name = names[ins.Arg >> 1];
                    if (!frame.Globals.TryGetValue(name, out var v) && !frame.Builtins.TryGetValue(name, out v))
                        throw NameError(name);
                    if ((ins.Arg & 1) != 0) values[sp++].V = null!;
                    values[sp++].V = v;
                    continue;
                }
                case OpCode.STORE_GLOBAL:
                    frame.Globals.SetItem(names[ins.Arg], values[--sp].V);
                    values[sp].V = null!;
                    continue;
                case OpCode.DELETE_GLOBAL:
                    if (!frame.Globals.Remove(names[ins.Arg])) throw NameError(names[ins.Arg]);
                    continue;
                case OpCode.LOAD_NAME:
                {
                    var name = names[ins.Arg];
                    if (!(frame.LocalsDict ?? frame.Globals).TryGetValue(name, out var v)
                        && !frame.Globals.TryGetValue(name, out v) && !frame.Builtins.TryGetValue(name, out v))
                        throw NameError(name);
                    values[sp++].V = v;
                    continue;
                }
                case OpCode.STORE_NAME:
                    (frame.LocalsDict ?? frame.Globals).SetItem(names[ins.Arg], values[--sp].V);
                    values[sp].V = null!;
                    continue;
                case OpCode.DELETE_NAME:
                    if (!(frame.LocalsDict ?? frame.Globals).Remove(names[ins.Arg])) throw NameError(names[ins.Arg]);
                    continue;

                case OpCode.LOAD_CLOSURE:
                    values[sp++].V = frame.Cells![ins.Arg];
                    continue;
                case OpCode.LOAD_DEREF:
                {
                    var v = frame.Cells![ins.Arg].Value;
                    if (v is null) throw UnboundDeref(code, ins.Arg);
                    values[sp++].V = v;
                    continue;
                }
                case OpCode.STORE_DEREF:
                    frame.Cells![ins.Arg].Value = values[--sp].V;
                    values[sp].V = null!;
                    continue;
                case OpCode.DELETE_DEREF:
                    if (frame.Cells![ins.Arg].Value is null) throw UnboundDeref(code, ins.Arg);
                    frame.Cells[ins.Arg].Value = null;
                    continue;
                case OpCode.LOAD_CLASSDEREF:
                {
                    var name = ins.Arg < code.CellVars.Length ? code.CellVars[ins.Arg] : code.FreeVars[ins.Arg - code.CellVars.Length];
                    if (frame.LocalsDict is null || !frame.LocalsDict.TryGetValue(name, out var v))
                    {
                        v = frame.Cells![ins.Arg].Value!;
                        if (v is null) throw UnboundDeref(code, ins.Arg);
                    }
                    values[sp++].V = v;
                    continue;
                }

                case OpCode.LOAD_ATTR:
                    values[sp - 1].V = Ops.GetAttr(values[sp - 1].V, names[ins.Arg]);
                    continue;
                case OpCode.STORE_ATTR:
                {
                    var obj = values[sp - 1].V;
                    var v = values[sp - 2].V;
                    sp -= 2;
                    values[sp].V = null!;
                    values[sp + 1].V = null!;
                    Ops.SetAttr(obj, names[ins.Arg], v);
                    continue;
                }
                case OpCode.DELETE_ATTR:
                {
                    var obj = values[--sp].V;
                    values[sp].V = null!;
                    Ops.DelAttr(obj, names[ins.Arg]);
                    continue;
                }
                case OpCode.LOAD_METHOD:
                {
                    var obj = values[sp - 1].V;
                    var m = Ops.GetMethod(obj, names[ins.Arg], out var unbound);
                    if (unbound)
                    {
                        values[sp - 1].V = m;
                        values[sp++].V = obj;
                    }
                    else
                    {
                        values[sp - 1].V = null!;
                        values[sp++].V = m;
                    }
                    continue;
                }

                case OpCode.BINARY_OP:
                {
                    var b = values[--sp].V;
                    values[sp].V = null!;
                    var a = values[sp - 1].V;
                    if (a is PyInt ia && b is PyInt ib && ia.IsSmall && ib.IsSmall)
                    {
                        long x = ia.Small, y = ib.Small, r;
                        switch ((BinaryOperator)ins.Arg)
                        {
                            case BinaryOperator.Add:
                            case BinaryOperator.InplaceAdd:
                                r = x + y;
                                if (((x ^ r) & (y ^ r)) < 0) break;
                                values[sp - 1].V = PyInt.From(r);
                                continue;
                            case BinaryOperator.Subtract:
                            case BinaryOperator.InplaceSubtract:
                                r = x - y;
                                if (((x ^ y) & (x ^ r)) < 0) break;
                                values[sp - 1].V = PyInt.From(r);
                                continue;
                            case BinaryOperator.Multiply:
                            case BinaryOperator.InplaceMultiply:
                            {
                                var high = Math.BigMul(x, y, out var low);
                                if (high != (low >> 63)) break;
                                values[sp - 1].V = PyInt.From(low);
                                continue;
                            }
                            case BinaryOperator.FloorDivide:
                            case BinaryOperator.InplaceFloorDivide:
                                if (y <= 0) break;
                                r = x / y;
                                if ((x % y) < 0) r--;
                                values[sp - 1].V = PyInt.From(r);
                                continue;
                            case BinaryOperator.Remainder:
                            case BinaryOperator.InplaceRemainder:
                                if (y <= 0) break;
                                r = x % y;
                                if (r < 0) r += y;
                                values[sp - 1].V = PyInt.From(r);
                                continue;
                            case BinaryOperator.And:
                            case BinaryOperator.InplaceAnd:
                                values[sp - 1].V = PyInt.From(x & y);
                                continue;
                            case BinaryOperator.Or:
                            case BinaryOperator.InplaceOr:
                                values[sp - 1].V = PyInt.From(x | y);
                                continue;
                            case BinaryOperator.Xor:
                            case BinaryOperator.InplaceXor:
                                values[sp - 1].V = PyInt.From(x ^ y);
                                continue;
                        }
                    }
                    else if (a is PyFloat fa && b is PyFloat fb)
                    {
                        switch ((BinaryOperator)ins.Arg)
                        {
                            case BinaryOperator.Add: case BinaryOperator.InplaceAdd:
                                values[sp - 1].V = new PyFloat(fa.Value + fb.Value); continue;
                            case BinaryOperator.Subtract: case BinaryOperator.InplaceSubtract:
                                values[sp - 1].V = new PyFloat(fa.Value - fb.Value); continue;
                            case BinaryOperator.Multiply: case BinaryOperator.InplaceMultiply:
                                values[sp - 1].V = new PyFloat(fa.Value * fb.Value); continue;
                            case BinaryOperator.TrueDivide: case BinaryOperator.InplaceTrueDivide:
                                if (fb.Value == 0.0) break;
                                values[sp - 1].V = new PyFloat(fa.Value / fb.Value); continue;
                        }
                    }
                    values[sp - 1].V = Ops.BinaryOp((BinaryOperator)ins.Arg, a, b);
                    continue;
                }
                case OpCode.UNARY_NEGATIVE:
                {
                    var v = values[sp - 1].V;
                    values[sp - 1].V = v is PyInt { IsSmall: true } i && i.Small != long.MinValue
                        ? PyInt.From(-i.Small) : Ops.UnaryOp(UnaryOperator.Negative, v);
                    continue;
                }
                case OpCode.UNARY_POSITIVE:
                    values[sp - 1].V = Ops.UnaryOp(UnaryOperator.Positive, values[sp - 1].V);
                    continue;
                case OpCode.UNARY_INVERT:
                    values[sp - 1].V = Ops.UnaryOp(UnaryOperator.Invert, values[sp - 1].V);
                    continue;
                case OpCode.UNARY_NOT:
                {
                    var v = values[sp - 1].V;
                    values[sp - 1].V = ReferenceEquals(v, PyBool.True) ? PyBool.False
                        : ReferenceEquals(v, PyBool.False) ? PyBool.True
                        : Ops.IsTrue(v) ? PyBool.False : PyBool.True;
                    continue;
                }
                case OpCode.COMPARE_OP:
                {
                    var b = values[--sp].V;
                    values[sp].V = null!;
                    var a = values[sp - 1].V;
                    if (a is PyInt ia && b is PyInt ib && ia.IsSmall && ib.IsSmall)
                    {
                        long x = ia.Small, y = ib.Small;
                        bool r = (CompareOperator)ins.Arg switch
                        {
                            CompareOperator.Lt => x < y,
                            CompareOperator.Le => x <= y,
                            CompareOperator.Eq => x == y,
                            CompareOperator.Ne => x != y,
                            CompareOperator.Gt => x > y,
                            _ => x >= y,
                        };
                        values[sp - 1].V = r ? PyBool.True : PyBool.False;
                        continue;
                    }
                    if (a is PyFloat fa && b is PyFloat fb)
                    {
                        double x = fa.Value, y = fb.Value;
                        bool r = (CompareOperator)ins.Arg switch
                        {
                            CompareOperator.Lt => x < y,
                            CompareOperator.Le => x <= y,
                            CompareOperator.Eq => x == y,
                            CompareOperator.Ne => x != y,
                            CompareOperator.Gt => x > y,
                            _ => x >= y,
                        };
                        values[sp - 1].V = r ? PyBool.True : PyBool.False;
                        continue;
                    }
                    values[sp - 1].V = Ops.Compare((CompareOperator)ins.Arg, a, b);
                    continue;
                }
                case OpCode.IS_OP:
                {
                    var b = values[--sp].V;
                    values[sp].V = null!;
                    var same = ReferenceEquals(values[sp - 1].V, b);
                    values[sp - 1].V = same ^ (ins.Arg != 0) ? PyBool.True : PyBool.False;
                    continue;
                }
                case OpCode.CONTAINS_OP:
                {
                    var container = values[--sp].V;
                    values[sp].V = null!;
                    var found = Ops.Contains(container, values[sp - 1].V);
                    values[sp - 1].V = found ^ (ins.Arg != 0) ? PyBool.True : PyBool.False;
                    continue;
                }

                case OpCode.BINARY_SUBSCR:
                {
                    var key = values[--sp].V;
                    values[sp].V = null!;
                    var container = values[sp - 1].V;
                    if (container is PyList list && key is PyInt { IsSmall: true } k)
                    {
                        var idx = k.Small;
                        if (idx < 0) idx += list.Items.Count;
                        if ((ulong)idx < (ulong)list.Items.Count)
                        {
                            values[sp - 1].V = list.Items[(int)idx];
                            continue;
                        }
                    }
                    values[sp - 1].V = Ops.GetItem(container, key);
                    continue;
                }
                case OpCode.STORE_SUBSCR:
                {
                    var key = values[sp - 1].V;
                    var container = values[sp - 2].V;
                    var v = values[sp - 3].V;
                    sp -= 3;
                    values[sp].V = null!; values[sp + 1].V = null!; values[sp + 2].V = null!;
                    if (container is PyList list && key is PyInt { IsSmall: true } k)
                    {
                        var idx = k.Small;
                        if (idx < 0) idx += list.Items.Count;
                        if ((ulong)idx < (ulong)list.Items.Count)
                        {
                            list.Items[(int)idx] = v;
                            continue;
                        }
                    }
                    Ops.SetItem(container, key, v);
                    continue;
                }
                case OpCode.DELETE_SUBSCR:
                {
                    var key = values[sp - 1].V;
                    var container = values[sp - 2].V;
                    sp -= 2;
                    values[sp].V = null!; values[sp + 1].V = null!;
                    Ops.DelItem(container, key);
                    continue;
                }
                case OpCode.BUILD_SLICE:
                {
                    PyObject step = PyNone.Instance;
                    if (ins.Arg == 3) { step = values[--sp].V; values[sp].V = null!; }
                    var stop = values[--sp].V;
                    values[sp].V = null!;
                    values[sp - 1].V = new PySlice(values[sp - 1].V, stop, step);
                    continue;
                }

                case OpCode.BUILD_TUPLE:
                {
                    var n = ins.Arg;
                    if (n == 0) { values[sp++].V = PyTuple.Empty; continue; }
                    var items = new PyObject[n];
                    sp -= n;
                    for (var i = 0; i < n; i++) items[i] = values[sp + i].V;
                    Array.Clear(values, sp, n);
                    values[sp++].V = new PyTuple(items);
                    continue;
                }
                case OpCode.BUILD_LIST:
                {
                    var n = ins.Arg;
                    var list = new PyList(Math.Max(n, 4));
                    sp -= n;
                    for (var i = 0; i < n; i++) list.Items.Add(values[sp + i].V);
                    Array.Clear(values, sp, n);
                    values[sp++].V = list;
                    continue;
                }
                case OpCode.BUILD_SET:
                {
                    var n = ins.Arg;
                    var set = new PySet();
                    sp -= n;
                    for (var i = 0; i < n; i++) set.Add(values[sp + i].V);
                    Array.Clear(values, sp, n);
                    values[sp++].V = set;
                    continue;
                }
                case OpCode.BUILD_MAP:
                {
                    var n = ins.Arg;
                    var dict = new PyDict();
                    sp -= 2 * n;
                    for (var i = 0; i < n; i++) dict.SetItem(values[sp + 2 * i].V, values[sp + 2 * i + 1].V);
                    Array.Clear(values, sp, 2 * n);
                    values[sp++].V = dict;
                    continue;
                }
                case OpCode.BUILD_CONST_KEY_MAP:
                {
                    var n = ins.Arg;
                    var keys = (PyTuple)values[--sp].V;
                    values[sp].V = null!;
                    var dict = new PyDict();
                    sp -= n;
                    for (var i = 0; i < n; i++) dict.SetItem(keys.Items[i], values[sp + i].V);
                    Array.Clear(values, sp, n);
                    values[sp++].V = dict;
                    continue;
                }
                case OpCode.BUILD_STRING:
                {
                    var n = ins.Arg;
                    sp -= n;
                    string s;
                    if (n == 2) s = string.Concat(((PyStr)values[sp].V).Value, ((PyStr)values[sp + 1].V).Value);
                    else
                    {
                        var parts = new string[n];
                        for (var i = 0; i < n; i++) parts[i] = ((PyStr)values[sp + i].V).Value;
                        s = string.Concat(parts);
                    }
                    Array.Clear(values, sp, n);
                    values[sp++].V = PyStr.From(s);
                    continue;
                }
                case OpCode.LIST_APPEND:
                {
                    var v = values[--sp].V;
                    values[sp].V = null!;
                    ((PyList)values[sp - ins.Arg].V).Items.Add(v);
                    continue;
                }
                case OpCode.SET_ADD:
                {
                    var v = values[--sp].V;
                    values[sp].V = null!;
                    ((PySet)values[sp - ins.Arg].V).Add(v);
                    continue;
                }
                case OpCode.MAP_ADD:
                {
                    var v = values[--sp].V;
                    var k = values[--sp].V;
                    values[sp].V = null!; values[sp + 1].V = null!;
                    ((PyDict)values[sp - ins.Arg].V).SetItem(k, v);
                    continue;
                }
                case OpCode.LIST_EXTEND:
                {
                    var iterable = values[--sp].V;
                    values[sp].V = null!;
                    var list = (PyList)values[sp - ins.Arg].V;
                    if (iterable is PyTuple t) list.Items.AddRange(t.Items);
                    else if (iterable is PyList l) list.Items.AddRange(l.Items);
                    else list.Items.AddRange(StarredItems(iterable));
                    continue;
                }
                case OpCode.SET_UPDATE:
                {
                    var iterable = values[--sp].V;
                    values[sp].V = null!;
                    var set = (PySet)values[sp - ins.Arg].V;
                    foreach (var item in StarredItems(iterable)) set.Add(item);
                    continue;
                }
                case OpCode.DICT_UPDATE:
                case OpCode.DICT_MERGE:
                {
                    var mapping = values[--sp].V;
                    values[sp].V = null!;
                    var dict = (PyDict)values[sp - ins.Arg].V;
                    MergeMapping(dict, mapping, ins.Op == OpCode.DICT_MERGE, ins.Op == OpCode.DICT_MERGE ? values[sp - ins.Arg - 2].V : null);
                    continue;
                }
                case OpCode.LIST_TO_TUPLE:
                    values[sp - 1].V = PyTuple.Of(((PyList)values[sp - 1].V).Items.ToArray());
                    continue;
                case OpCode.FORMAT_VALUE:
                {
                    string? spec = null;
                    if ((ins.Arg & 4) != 0)
                    {
                        spec = ((PyStr)values[--sp].V).Value;
                        values[sp].V = null!;
                    }
                    var v = values[sp - 1].V;
                    switch (ins.Arg & 3)
                    {
                        case 1: v = PyStr.From(Ops.Str(v)); break;
                        case 2: v = PyStr.From(Ops.Repr(v)); break;
                        case 3: v = PyStr.From(AsciiRepr(Ops.Repr(v))); break;
                    }
                    if (spec is null && v is PyStr) values[sp - 1].V = v;
                    else values[sp - 1].V = PyStr.From(Ops.Format(v, spec ?? ""));
                    continue;
                }

                case OpCode.UNPACK_SEQUENCE:
                {
                    var n = ins.Arg;
                    var seq = values[--sp].V;
                    values[sp].V = null!;
                    if (seq is PyTuple t && t.Items.Length == n)
                        for (var i = n - 1; i >= 0; i--) values[sp++].V = t.Items[i];
                    else if (seq is PyList l && l.Items.Count == n)
                        for (var i = n - 1; i >= 0; i--) values[sp++].V = l.Items[i];
                    else
                    {
                        var items = Ops.Unpack(seq, n);
                        for (var i = n - 1; i >= 0; i--) values[sp++].V = items[i];
                    }
                    continue;
                }
                case OpCode.UNPACK_EX:
                {
                    var before = ins.Arg & 0xFF;
                    var after = ins.Arg >> 8;
                    var seq = values[--sp].V;
                    values[sp].V = null!;
                    var items = Ops.ToList(seq);
                    if (items.Count < before + after)
                        throw PyExc.ValueErr($"not enough values to unpack (expected at least {before + after}, got {items.Count})");
                    for (var i = items.Count - 1; i >= items.Count - after; i--) values[sp++].V = items[i];
                    values[sp++].V = new PyList(items.GetRange(before, items.Count - before - after));
                    for (var i = before - 1; i >= 0; i--) values[sp++].V = items[i];
                    continue;
                }

                case OpCode.JUMP_FORWARD:
                    ip = ins.Arg;
                    continue;
                case OpCode.JUMP_BACKWARD:
                    ip = ins.Arg;
                    if (EvalBreaker != 0) // debugger: Interpreter.Debugging.cs
                    {
                        DebugEvalBreak(frame, ip, sp);
                        if (_redirectFrame is not null) goto DebugRedirect;
                        instrs = code.Instructions;
                        ip = frame.Ip;
                        sp = frame.Sp;
                    }
                    continue;
                case OpCode.POP_JUMP_IF_FALSE:
                {
                    var v = values[--sp].V;
                    values[sp].V = null!;
                    if (ReferenceEquals(v, PyBool.False) || (!ReferenceEquals(v, PyBool.True) && !Ops.IsTrue(v))) ip = ins.Arg;
                    continue;
                }
                case OpCode.POP_JUMP_IF_TRUE:
                {
                    var v = values[--sp].V;
                    values[sp].V = null!;
                    if (ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(v))) ip = ins.Arg;
                    continue;
                }
                case OpCode.POP_JUMP_IF_NONE:
                {
                    var v = values[--sp].V;
                    values[sp].V = null!;
                    if (v is PyNone) ip = ins.Arg;
                    continue;
                }
                case OpCode.POP_JUMP_IF_NOT_NONE:
                {
                    var v = values[--sp].V;
                    values[sp].V = null!;
                    if (v is not PyNone) ip = ins.Arg;
                    continue;
                }
                case OpCode.JUMP_IF_FALSE_OR_POP:
                {
                    var v = values[sp - 1].V;
                    if (ReferenceEquals(v, PyBool.False) || (!ReferenceEquals(v, PyBool.True) && !Ops.IsTrue(v))) ip = ins.Arg;
                    else values[--sp].V = null!;
                    continue;
                }
                case OpCode.JUMP_IF_TRUE_OR_POP:
                {
                    var v = values[sp - 1].V;
                    if (ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(v))) ip = ins.Arg;
                    else values[--sp].V = null!;
                    continue;
                }

                case OpCode.GET_ITER:
                    values[sp - 1].V = Ops.GetIter(values[sp - 1].V);
                    continue;
                case OpCode.FOR_ITER:
                {
                    var it = values[sp - 1].V;
                    PyObject next;
                    var more = it is PyIterator pi ? pi.TryNext(out next) : Ops.TryNext(it, out next);
                    if (more) values[sp++].V = next;
                    else
                    {
                        values[--sp].V = null!;
                        ip = ins.Arg;
                    }
                    continue;
                }

                case OpCode.RETURN_VALUE:
                {
                    var result = values[--sp].V;
                    values[sp].V = null!;
                    frame.Sp = sp;
                    context.CallDepth--;
                    returned = result;
                    goto ReturnToCaller;
                }
                case OpCode.MAKE_FUNCTION:
                {
                    var fcode = (CodeObject)values[--sp].V;
                    values[sp].V = null!;
                    PyCell[]? closure = null;
                    PyObject? annotations = null;
                    PyObject? kwdefaults = null;
                    PyObject? defaults = null;
                    if ((ins.Arg & 8) != 0)
                    {
                        var t = (PyTuple)values[--sp].V;
                        closure = new PyCell[t.Items.Length];
                        for (var i = 0; i < closure.Length; i++) closure[i] = (PyCell)t.Items[i];
                    }
                    if ((ins.Arg & 4) != 0) annotations = values[--sp].V;
                    if ((ins.Arg & 2) != 0) kwdefaults = values[--sp].V;
                    if ((ins.Arg & 1) != 0) defaults = values[--sp].V;
                    var fn = new VmFunction(fcode, frame.Globals, closure) { Annotations = annotations };
                    if (defaults is PyTuple dt) fn.Defaults = dt.Items;
                    if (kwdefaults is PyDict kd)
                    {
                        var map = new Dictionary<string, PyObject>();
                        foreach (var kv in kd.Items) map[((PyStr)kv.Key).Value] = kv.Value;
                        fn.KwDefaults = map;
                    }
                    Array.Clear(values, sp, values.Length - sp);
                    values[sp++].V = fn;
                    continue;
                }
                case OpCode.KW_NAMES:
                    kwNames = KwNames(code, ins.Arg);
                    continue;
                case OpCode.CALL:
                {
                    var argc = ins.Arg;
                    var kw = kwNames;
                    kwNames = null;
                    var funcIdx = sp - argc - 2;
                    var callable = values[funcIdx].V;
                    int argStart;
                    if (callable is null)
                    {
                        callable = values[funcIdx + 1].V;
                        argStart = funcIdx + 2;
                        if (callable is PyMethod bm)
                        {
                            values[funcIdx].V = callable = bm.Function;
                            values[funcIdx + 1].V = bm.Self;
                            argStart = funcIdx + 1;
                            argc++;
                        }
                    }
                    else
                    {
                        argStart = funcIdx + 1;
                        argc++;
                    }
                    if (callable is VmFunction fn)
                    {
                        var nf = fn.NewFrame(Slot.Span(values, argStart, argc), kw, frame.Builtins);
                        Array.Clear(values, funcIdx, sp - funcIdx);
                        sp = funcIdx;
                        pushed = nf;
                        goto PushFrame;
                    }
                    frame.Sp = sp;
                    var result = argc == 0 && kw is null && callable is PyType && IsBuiltin(frame, callable, "super")
                        ? ZeroArgSuper(callable, frame)
                        : Ops.Call(callable, Slot.Span(values, argStart, argc), kw);
                    Array.Clear(values, funcIdx, sp - funcIdx);
                    sp = funcIdx;
                    values[sp++].V = result;
                    continue;
                }
                case OpCode.CALL_FUNCTION_EX:
                {
                    PyDict? kwargs = null;
                    if ((ins.Arg & 1) != 0) kwargs = (PyDict)values[--sp].V;
                    var argsObj = values[--sp].V;
                    var callable = values[--sp].V;
                    sp--; // NULL
                    var posArgs = argsObj is PyTuple at ? at.Items : StarredCallArgs(callable, argsObj);
                    PyObject[] all;
                    string[]? kw = null;
                    if (kwargs is null || kwargs.Count == 0) all = posArgs;
                    else
                    {
                        all = new PyObject[posArgs.Length + kwargs.Count];
                        posArgs.CopyTo(all, 0);
                        kw = new string[kwargs.Count];
                        var i = 0;
                        foreach (var kv in kwargs.Items)
                        {
                            if (kv.Key is not PyStr ks) throw PyExc.TypeErr("keywords must be strings");
                            kw[i] = ks.Value;
                            all[posArgs.Length + i] = kv.Value;
                            i++;
                        }
                    }
                    Array.Clear(values, sp, values.Length - sp);
                    if (callable is PyMethod bm)
                    {
                        var withSelf = new PyObject[all.Length + 1];
                        withSelf[0] = bm.Self;
                        all.CopyTo(withSelf, 1);
                        all = withSelf;
                        callable = bm.Function;
                    }
                    if (callable is VmFunction fn)
                    {
                        var nf = fn.NewFrame(all, kw, frame.Builtins);
                        pushed = nf;
                        goto PushFrame;
                    }
                    frame.Sp = sp;
                    values[sp++].V = Ops.Call(callable, all, kw);
                    continue;
                }

                case OpCode.RAISE_VARARGS:
                {
                    addTraceback = true;
                    if (ins.Arg == 0)
                    {
                        if (_handled is { } h)
                        {
                            raised = h;
                            addTraceback = false;
                        }
                        else raised = PyExc.Create(PyExc.RuntimeError, "No active exception to reraise");
                        goto Raise;
                    }
                    PyObject? cause = null;
                    if (ins.Arg == 2) { cause = values[--sp].V; values[sp].V = null!; }
                    var excObj = values[--sp].V;
                    values[sp].V = null!;
                    raised = MakeException(excObj, "exceptions must derive from BaseException");
                    if (ins.Arg == 2)
                    {
                        if (cause is PyNone) raised.Cause = null;
                        else raised.Cause = MakeException(cause!, "exception causes must derive from BaseException");
                        raised.SuppressContext = true;
                    }
                    goto Raise;
                }
                case OpCode.RERAISE:
                {
                    raised = (PyBaseException)values[--sp].V;
                    values[sp].V = null!;
                    addTraceback = false;
                    goto Raise;
                }
                case OpCode.PUSH_EXC_INFO:
                {
                    var exc = values[sp - 1].V;
                    values[sp - 1].V = (PyObject?)_handled ?? PyNone.Instance;
                    values[sp++].V = exc;
                    _handled = exc as PyBaseException;
                    continue;
                }
                case OpCode.POP_EXCEPT:
                {
                    var previous = values[--sp].V;
                    values[sp].V = null!;
                    _handled = previous as PyBaseException;
                    continue;
                }
                case OpCode.CHECK_EXC_MATCH:
                {
                    var type = values[--sp].V;
                    values[sp].V = null!;
                    var exc = values[sp - 1].V;
                    values[sp++].V = ExceptionMatches(exc, type) ? PyBool.True : PyBool.False;
                    continue;
                }
                case OpCode.LOAD_ASSERTION_ERROR:
                    values[sp++].V = PyExc.AssertionError;
                    continue;
                case OpCode.LOAD_BUILD_CLASS:
                    values[sp++].V = ClassBuilder.BuildClassFunction;
                    continue;

                case OpCode.IMPORT_NAME:
                {
                    var fromList = values[--sp].V;
                    values[sp].V = null!;
                    values[sp - 1].V = Import(names[ins.Arg], fromList, context);
                    continue;
                }
                case OpCode.IMPORT_FROM:
                {
                    var module = values[sp - 1].V;
                    var name = names[ins.Arg];
                    if (!Ops.TryGetAttr(module, name, out var v))
                    {
                        throw ImportFailure.CannotImport(module, name);
                    }
                    values[sp++].V = v;
                    continue;
                }
                case OpCode.IMPORT_STAR:
                {
                    var module = values[--sp].V;
                    values[sp].V = null!;
                    foreach (var kv in ImportStar.Names(module))
                        (frame.LocalsDict ?? frame.Globals).SetItem(kv.Key, kv.Value);
                    continue;
                }
                case OpCode.BEFORE_WITH:
                {
                    var mgr = values[sp - 1].V;
                    var type = mgr.Type;
                    if (type.Lookup("__enter__") is null || type.Lookup("__exit__") is null)
                        throw PyExc.TypeErr($"'{type.Name}' object does not support the context manager protocol");
                    var exit = Ops.GetAttr(mgr, "__exit__");
                    values[sp - 1].V = exit;
                    values[sp++].V = Ops.CallMethod(mgr, "__enter__");
                    continue;
                }
                case OpCode.WITH_EXCEPT_START:
                {
                    var exit = values[sp - 4].V;
                    var exc = values[sp - 1].V;
                    var args = new PyObject[] { exc.Type, exc, PyNone.Instance };
                    values[sp++].V = Ops.Call(exit, args);
                    continue;
                }

                case OpCode.RETURN_GENERATOR:
                {
                    // Reached only when a generator frame is run directly: hand out the generator.
                    var gen = new PyGenerator(frame);
                    frame.Sp = sp;
                    context.CallDepth--;
                    returned = gen;
                    goto ReturnToCaller;
                }
                case OpCode.YIELD_VALUE:
                {
                    var v = values[--sp].V;
                    values[sp].V = null!;
                    frame.Sp = sp;
                    frame.Ip = ip;
                    frame.Yielded = true;
                    context.CallDepth--;
                    return v;
                }
                case OpCode.SEND:
                {
                    var v = values[--sp].V;
                    values[sp].V = null!;
                    var receiver = values[sp - 1].V;
                    bool yielded;
                    PyObject r;
                    if (receiver is PyGenerator g) yielded = g.Resume(v, out r);
                    else if (v is PyNone) 
                    {
                        yielded = Ops.TryNext(receiver, out r);
                        if (!yielded) r = PyNone.Instance;
                    }
                    else
                    {
                        r = Ops.CallMethod(receiver, "send", v);
                        yielded = true;
                    }
                    if (yielded) values[sp++].V = r;
                    else
                    {
                        values[sp - 1].V = r;
                        ip = ins.Arg;
                    }
                    continue;
                }
                case OpCode.GET_YIELD_FROM_ITER:
                {
                    var v = values[sp - 1].V;
                    if (v is not PyGenerator) values[sp - 1].V = Ops.GetIter(v);
                    continue;
                }

                case OpCode.INSTRUMENTED_INSTRUCTION: // debugger: Interpreter.Debugging.cs
                    ins = DebugInstrumented(frame, ip - 1, sp);
                    if (_redirectFrame is not null) goto DebugRedirect; // jump / restart frame while stopped
                    instrs = code.Instructions;
                    sp = frame.Sp;
                    goto Dispatch;

                default:
                    throw PyExc.Error(PyExc.SystemError, $"unknown opcode {ins.Op}");
            }

        ReturnToCaller:
            // RETURN_VALUE / RETURN_GENERATOR: leave the entry frame to the caller of the loop,
            // or pop back to the calling frame in this loop and push the value there.
            if (ReferenceEquals(frame, entry)) return returned;
            {
                var caller = frame.Back!;
                frame.Back = null;
                frame = caller;
            }
            frameRef = frame;
            _currentFrame = frame;
            code = frame.Code;
            instrs = code.Instructions;
            values = frame.Values;
            consts = code.Constants;
            names = code.Names;
            ip = frame.Ip + 1;
            sp = frame.Sp;
            values[sp++].V = returned;
            continue;

        PushFrame:
            // A call of a VM function (CALL, CALL_FUNCTION_EX): a generator function returns its
            // generator; any other enters the new frame in this same loop (no .NET recursion).
            if (pushed.Code.IsGenerator)
            {
                values[sp++].V = new PyGenerator(pushed);
                continue;
            }
            if (++context.CallDepth > context.RecursionLimit)
            {
                context.CallDepth--;
                raised = PyExc.Recursion().Value;
                addTraceback = true;
                goto Raise;
            }
            frame.Sp = sp;
            pushed.Back = frame;
            frame = pushed;
            frameRef = frame;
            _currentFrame = frame;
            code = frame.Code;
            instrs = code.Instructions;
            values = frame.Values;
            consts = code.Constants;
            names = code.Names;
            ip = 0;
            sp = frame.Sp;
            if (EvalBreaker != 0) // debugger: Interpreter.Debugging.cs
            {
                DebugEvalBreak(frame, ip, sp);
                if (_redirectFrame is not null) goto DebugRedirect;
                instrs = code.Instructions;
                ip = frame.Ip;
                sp = frame.Sp;
            }
            continue;

        DebugRedirect:
            // The debugger moved execution while stopped (jump: same frame, new Ip; restart frame: a
            // frame below, whose callers above are discarded). Continue there; the instruction at the
            // new index runs as the compiler wrote it (Interpreter.Debugging.cs).
            frame = DebugRedirectTo(frame, entry);
            frameRef = frame;
            _currentFrame = frame;
            code = frame.Code;
            instrs = code.Instructions;
            values = frame.Values;
            consts = code.Constants;
            names = code.Names;
            ip = frame.Ip;
            sp = frame.Sp;
            kwNames = null;
            continue;

        Raise:
            frame.Sp = sp;
            if (Unwind(ref frameRef, entry, raised, addTraceback))
            {
                frame = frameRef;
                _currentFrame = frame;
                code = frame.Code;
                instrs = code.Instructions;
                values = frame.Values;
                consts = code.Constants;
                names = code.Names;
                ip = frame.Ip;
                sp = frame.Sp;
                kwNames = null;
                continue;
            }
            entry.Escaping = raised;
            return null;
        }
    }
}

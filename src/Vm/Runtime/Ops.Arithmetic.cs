namespace PyDbg.Vm.Runtime;

public static partial class Ops
{
    private static readonly string[] BinaryDunders =
    {
        "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__",
        "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__",
    };
    private static readonly string[] ReflectedDunders =
    {
        "__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmul__", "__rmod__",
        "__ror__", "__rpow__", "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__",
    };
    private static readonly string[] InplaceDunders =
    {
        "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__", "__imod__",
        "__ior__", "__ipow__", "__irshift__", "__isub__", "__itruediv__", "__ixor__",
    };

    public static PyObject BinaryOp(BinaryOperator op, PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib)
        {
            var r = IntBinary((BinaryOperator)((int)op % 13), ia, ib);
            if (r is not null) return r;
        }
        else if (a is PyFloat fa && b is PyFloat fb)
        {
            var r = FloatBinary((BinaryOperator)((int)op % 13), fa.Value, fb.Value);
            if (r is not null) return r;
        }
        if ((int)op >= 13) return InplaceOp(op, a, b);
        return BinaryOpSlow(op, a, b, op);
    }

    /// <summary>int op int; null for @ (unsupported).</summary>
    public static PyObject? IntBinary(BinaryOperator op, PyInt a, PyInt b)
    {
        switch (op)
        {
            case BinaryOperator.Add: return a.IsSmall && b.IsSmall ? IntOps.Add(a.Small, b.Small) : IntOps.Add(a, b);
            case BinaryOperator.Subtract: return a.IsSmall && b.IsSmall ? IntOps.Sub(a.Small, b.Small) : IntOps.Sub(a, b);
            case BinaryOperator.Multiply: return IntOps.Mul(a, b);
            case BinaryOperator.FloorDivide: return IntOps.FloorDiv(a, b);
            case BinaryOperator.Remainder: return IntOps.Mod(a, b);
            case BinaryOperator.TrueDivide: return new PyFloat(IntOps.TrueDivide(a, b));
            case BinaryOperator.Power: return IntOps.Pow(a, b);
            case BinaryOperator.LShift: return IntOps.LShift(a, b);
            case BinaryOperator.RShift: return IntOps.RShift(a, b);
            case BinaryOperator.And: return IntOps.And(a, b);
            case BinaryOperator.Or: return IntOps.Or(a, b);
            case BinaryOperator.Xor: return IntOps.Xor(a, b);
        }
        return null;
    }

    /// <summary>float op float; null for operators float does not support.</summary>
    public static PyObject? FloatBinary(BinaryOperator op, double x, double y)
    {
        switch (op)
        {
            case BinaryOperator.Add: return new PyFloat(x + y);
            case BinaryOperator.Subtract: return new PyFloat(x - y);
            case BinaryOperator.Multiply: return new PyFloat(x * y);
            case BinaryOperator.TrueDivide: return new PyFloat(FloatOps.TrueDivide(x, y));
            case BinaryOperator.FloorDivide: return new PyFloat(FloatOps.FloorDiv(x, y));
            case BinaryOperator.Remainder: return new PyFloat(FloatOps.Mod(x, y));
            case BinaryOperator.Power: return FloatOps.Pow(x, y);
        }
        return null;
    }

    private static PyInt? AsInt(PyObject o) => o switch
    {
        PyInt i => i,
        PyBool b => b.Value ? PyInt.One : PyInt.Zero,
        _ => null,
    };

    private static bool IsNumber(PyObject o) => o is PyInt or PyBool or PyFloat;

    private static double NumToDouble(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => IntOps.ToDouble(i),
        PyBool b => b.Value ? 1.0 : 0.0,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The built-in types' own implementation of a (non in-place) binary operator; null
    /// when they do not support the operands (NotImplemented).</summary>
    public static PyObject? NativeBinary(BinaryOperator op, PyObject a, PyObject b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            if (a is PyFloat || b is PyFloat)
                return FloatBinary(op, NumToDouble(a), NumToDouble(b));
            if (a is PyBool ba && b is PyBool bb)
            {
                switch (op)
                {
                    case BinaryOperator.And: return PyBool.From(ba.Value & bb.Value);
                    case BinaryOperator.Or: return PyBool.From(ba.Value | bb.Value);
                    case BinaryOperator.Xor: return PyBool.From(ba.Value ^ bb.Value);
                }
            }
            return IntBinary(op, AsInt(a)!, AsInt(b)!);
        }
        if (a is PyComplex || b is PyComplex) return ComplexOps.Binary(op, a, b);
        switch (op)
        {
            case BinaryOperator.Add:
                if (a is PyStr sa && b is PyStr sb) return ConcatStr(sa, sb);
                if (a is PyList la && b is PyList lb) return ConcatList(la, lb);
                if (a is PyTuple ta && b is PyTuple tb) return ConcatTuple(ta, tb);
                break;
            case BinaryOperator.Multiply:
            {
                var n = AsInt(b);
                if (n is not null && IsSequence(a)) return Repeat(a, n);
                n = AsInt(a);
                if (n is not null && IsSequence(b)) return Repeat(b, n);
                break;
            }
            case BinaryOperator.Remainder:
                if (a is PyStr fmt && (b.Type.IsCoreNative || LookupSpecial(b.Type, "__rmod__") is null))
                    return PercentFormat.Format(fmt, b); // the builtins owner's %-formatting
                break;
            case BinaryOperator.Or:
                if (a is PyDict da && b is PyDict db)
                {
                    var d = da.Copy();
                    d.Update(db);
                    return d;
                }
                if (IsUnionOperand(a) && IsUnionOperand(b)) return MakeUnion(a, b);
                goto case BinaryOperator.And;
            case BinaryOperator.And:
            case BinaryOperator.Subtract:
            case BinaryOperator.Xor:
                if (a is PySet xa && b is PySet xb) return SetOps.Binary(op, xa, xb, xa.IsFrozen);
                if (a is DictView || b is DictView) return DictView.Binary(op, a, b);
                break;
        }
        return null;
    }

    private static bool IsSequence(PyObject o) => o is PyStr or PyList or PyTuple;

    private static PyObject BinaryOpSlow(BinaryOperator op, PyObject a, PyObject b, BinaryOperator shownOp)
    {
        var ta = a.Type;
        var tb = b.Type;
        var idx = (int)op;
        var fa = LookupSpecial(ta, BinaryDunders[idx]);
        var fb = ReferenceEquals(ta, tb) ? null : LookupSpecial(tb, ReflectedDunders[idx]);
        PyObject? r;
        if (fb is not null && tb.IsSubtypeOf(ta) && !ReferenceEquals(fa, fb))
        {
            r = CallSpecial(fb, b, a);
            if (r is not PyNotImplemented) return r;
            fb = null;
        }
        if (fa is not null)
        {
            r = CallSpecial(fa, a, b);
            if (r is not PyNotImplemented) return r;
        }
        else
        {
            r = NativeBinary(op, a, b);
            if (r is not null) return r;
        }
        if (fb is not null)
        {
            r = CallSpecial(fb, b, a);
            if (r is not PyNotImplemented) return r;
        }
        else if (fa is not null)
        {
            r = NativeBinary(op, a, b);
            if (r is not null) return r;
        }
        throw BinaryTypeError(shownOp, a, b);
    }

    private static PyException BinaryTypeError(BinaryOperator shownOp, PyObject a, PyObject b)
    {
        var op = OperatorText.WithoutInplace(shownOp);
        var (na, nb) = (NativeValue(a), NativeValue(b));
        if (op == BinaryOperator.Add)
        {
            if (na is PyStr) return PyExc.TypeErr($"can only concatenate str (not \"{TypeName(b)}\") to str");
            if (na is PyList) return PyExc.TypeErr($"can only concatenate list (not \"{TypeName(b)}\") to list");
            if (na is PyTuple) return PyExc.TypeErr($"can only concatenate tuple (not \"{TypeName(b)}\") to tuple");
        }
        if (op == BinaryOperator.Multiply)
        {
            // CPython tries the sequence repeat of either side once both number slots gave up.
            if (IsSequence(na)) return PyExc.TypeErr($"can't multiply sequence by non-int of type '{TypeName(b)}'");
            if (IsSequence(nb)) return PyExc.TypeErr($"can't multiply sequence by non-int of type '{TypeName(a)}'");
        }
        var sym = OperatorText.Symbol(shownOp);
        if (op == BinaryOperator.Power) sym += " or pow()";
        return PyExc.TypeErr($"unsupported operand type(s) for {sym}: '{TypeName(a)}' and '{TypeName(b)}'");
    }

    private static PyObject InplaceOp(BinaryOperator op, PyObject a, PyObject b)
    {
        var baseOp = OperatorText.WithoutInplace(op);
        switch (a)
        {
            case PyList list:
                if (baseOp == BinaryOperator.Add)
                {
                    if (b is PyList bl) list.Items.AddRange(ReferenceEquals(bl, list) ? bl.Items.ToArray() : bl.Items);
                    else if (b is PyTuple bt) list.Items.AddRange(bt.Items);
                    else ExtendList(list, b);
                    CheckLength(list.Items.Count);
                    return list;
                }
                if (baseOp == BinaryOperator.Multiply && AsInt(b) is { } n)
                {
                    var count = RepeatCount(n, list.Items.Count, false);
                    if (count == 0) list.Items.Clear();
                    else if (count > 1)
                    {
                        var copy = list.Items.ToArray();
                        for (var i = 1; i < count; i++) list.Items.AddRange(copy);
                    }
                    return list;
                }
                break;
            case PySet set when !set.IsFrozen && b is PySet other:
                switch (baseOp)
                {
                    case BinaryOperator.Or: set.MergeFrom(other); return set;
                    case BinaryOperator.And: SetOps.IntersectionUpdate(set, other); return set;
                    case BinaryOperator.Subtract: SetOps.DifferenceUpdate(set, other); return set;
                    case BinaryOperator.Xor: SetOps.SymmetricDifferenceUpdate(set, other); return set;
                }
                break;
            case PyDict dict when baseOp == BinaryOperator.Or:
                if (b is PyDict bd) { dict.Update(bd); return dict; }
                UpdateDictFromPairs(dict, b);
                return dict;
        }
        if (!a.Type.IsCoreNative || a.Type.IsHeapType)
        {
            var f = LookupSpecial(a.Type, InplaceDunders[(int)baseOp]);
            if (f is not null)
            {
                var r = CallSpecial(f, a, b);
                if (r is not PyNotImplemented) return r;
            }
        }
        return BinaryOpSlow(baseOp, a, b, op);
    }

    /// <summary>dict.update(iterable of pairs) with CPython's errors.</summary>
    public static void UpdateDictFromPairs(PyDict dict, PyObject pairs)
    {
        var it = GetIter(pairs);
        var index = 0;
        while (TryNext(it, out var item))
        {
            PyObject[] kv;
            try
            {
                if (item is PyTuple t) kv = t.Items;
                else if (item is PyList l) kv = l.Items.ToArray();
                else kv = ToList(item).ToArray();
            }
            catch (PyException e) when (e.Value.Type == PyExc.TypeError)
            {
                throw PyExc.TypeErr($"cannot convert dictionary update sequence element #{index} to a sequence");
            }
            if (kv.Length != 2)
                throw PyExc.ValueErr($"dictionary update sequence element #{index} has length {kv.Length}; 2 is required");
            dict.SetItem(kv[0], kv[1]);
            index++;
        }
    }

    public static PyObject UnaryOp(UnaryOperator op, PyObject a)
    {
        switch (op)
        {
            case UnaryOperator.Not: return PyBool.From(!IsTrue(a));
            case UnaryOperator.Negative:
                if (a is PyInt i) return IntOps.Neg(i);
                if (a is PyFloat f) return new PyFloat(-f.Value);
                if (a is PyBool b) return b.Value ? PyInt.MinusOne : PyInt.Zero;
                if (a is PyComplex c) return new PyComplex(-c.Real, -c.Imag);
                return UnarySlow(a, "__neg__", "-");
            case UnaryOperator.Positive:
                if (a is PyInt or PyFloat or PyComplex) return a;
                if (a is PyBool b2) return b2.Value ? PyInt.One : PyInt.Zero;
                return UnarySlow(a, "__pos__", "+");
            case UnaryOperator.Invert:
                if (a is PyInt i2) return IntOps.Invert(i2);
                if (a is PyBool b3) return b3.Value ? PyInt.From(-2) : PyInt.MinusOne;
                return UnarySlow(a, "__invert__", "~");
        }
        throw new ArgumentOutOfRangeException(nameof(op));
    }

    private static PyObject UnarySlow(PyObject a, string dunder, string sym)
    {
        var f = LookupSpecial(a.Type, dunder);
        if (f is not null) return CallSpecial(f, a);
        throw PyExc.TypeErr($"bad operand type for unary {sym}: '{TypeName(a)}'");
    }

    // ---- sequences ----

    public static void CheckLength(long n)
    {
        if (n > PyContext.CurrentMaxSequenceLength) throw PyExc.Memory();
    }

    private static PyStr ConcatStr(PyStr a, PyStr b)
    {
        if (a.Value.Length == 0) return b;
        if (b.Value.Length == 0) return a;
        CheckLength((long)a.Value.Length + b.Value.Length);
        return new PyStr(string.Concat(a.Value, b.Value));
    }

    private static PyList ConcatList(PyList a, PyList b)
    {
        CheckLength((long)a.Items.Count + b.Items.Count);
        var l = new List<PyObject>(a.Items.Count + b.Items.Count);
        l.AddRange(a.Items);
        l.AddRange(b.Items);
        return new PyList(l);
    }

    private static PyTuple ConcatTuple(PyTuple a, PyTuple b)
    {
        if (a.Items.Length == 0) return b;
        if (b.Items.Length == 0) return a;
        CheckLength((long)a.Items.Length + b.Items.Length);
        var r = new PyObject[a.Items.Length + b.Items.Length];
        a.Items.CopyTo(r, 0);
        b.Items.CopyTo(r, a.Items.Length);
        return new PyTuple(r);
    }

    /// <summary>The repetition count for seq * n (0 when n &lt;= 0); MemoryError (OverflowError for str)
    /// before anything is allocated when the result would be too long.</summary>
    public static long RepeatCount(PyInt n, long itemLength, bool isStr)
    {
        if (IntOps.Sign(n) <= 0 || itemLength == 0) return IntOps.Sign(n) <= 0 ? 0 : (n.IsSmall ? n.Small : 0);
        if (!n.IsSmall || n.Small > long.MaxValue / itemLength)
        {
            if (isStr) throw PyExc.Overflow("repeated string is too long");
            throw PyExc.Memory();
        }
        CheckLength(n.Small * itemLength);
        return n.Small;
    }

    private static PyObject Repeat(PyObject seq, PyInt n)
    {
        switch (seq)
        {
            case PyStr s:
            {
                var count = RepeatCount(n, s.Value.Length, true);
                if (count == 1) return s;
                if (count == 0 || s.Value.Length == 0) return PyStr.Empty;
                if (s.Value.Length == 1) return new PyStr(new string(s.Value[0], (int)count));
                var sb = new System.Text.StringBuilder(s.Value.Length * (int)count);
                for (var i = 0; i < count; i++) sb.Append(s.Value);
                return new PyStr(sb.ToString());
            }
            case PyList l:
            {
                var count = RepeatCount(n, l.Items.Count, false);
                var r = new List<PyObject>((int)(count * l.Items.Count));
                for (var i = 0; i < count; i++) r.AddRange(l.Items);
                return new PyList(r);
            }
            case PyTuple t:
            {
                var count = RepeatCount(n, t.Items.Length, false);
                if (count == 1) return t;
                if (count == 0 || t.Items.Length == 0) return PyTuple.Empty;
                var r = new PyObject[count * t.Items.Length];
                for (var i = 0; i < count; i++) t.Items.CopyTo(r, i * t.Items.Length);
                return new PyTuple(r);
            }
        }
        throw new InvalidOperationException();
    }

    // ---- X | Y in annotations ----

    private static bool IsUnionOperand(PyObject o) => o is PyType or PyNone or PyUnionType or PyGenericAlias;

    private static PyObject MakeUnion(PyObject a, PyObject b)
    {
        var items = new List<PyObject>();
        void Add(PyObject x)
        {
            if (x is PyUnionType u) { foreach (var y in u.Args) Add(y); return; }
            if (x is PyNone) x = PyType.NoneType;
            foreach (var e in items) if (ReferenceEquals(e, x)) return;
            items.Add(x);
        }
        Add(a);
        Add(b);
        return items.Count == 1 ? items[0] : new PyUnionType(items.ToArray());
    }
}

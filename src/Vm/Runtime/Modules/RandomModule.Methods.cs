using System.Numerics;

namespace PyDbg.Vm.Runtime;

/// <summary>random.py's integer and sequence methods (CPython 3.11 algorithms).</summary>
internal static partial class RandomModule
{
    // ---------------------------------------------------------------- integers

    /// <summary>random.py's _index(x), falling back to int(x) for integral non-ints (deprecated in 3.11).</summary>
    private static PyInt RangeArg(PyObject x, string what)
    {
        if (x is PyInt i) return i;
        if (x is PyBool b) return b.Value ? PyInt.One : PyInt.Zero;
        if (x.Type.Lookup("__index__") is not null) return (PyInt)Builtins.IndexObject(x);
        var asInt = PyType.Int.NativeConstructor!(new[] { x }, null);
        if (!Ops.CompareBool(CompareOperator.Eq, asInt, x)) throw PyExc.ValueErr($"non-integer {what} for randrange()");
        return (PyInt)asInt;
    }

    private static PyInt RandBelow(PyRandom r, PyInt n) =>
        n.IsSmall ? PyInt.From(r.Gen.RandBelow(n.Small)) : PyInt.From(r.Gen.RandBelow(n.Big));

    private static readonly string[] RandRangeNames = { "start", "stop", "step" };

    private static PyObject RandRange(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[3];
        PyArgs.Bind("Random.randrange", args, kw, RandRangeNames, 1, s);
        return RandRangeCore(r, s[0]!, s[1] is PyNone ? null : s[1], s[2]);
    }

    private static PyObject RandRangeCore(PyRandom r, PyObject start, PyObject? stop, PyObject? step)
    {
        var istart = RangeArg(start, "arg 1");
        if (stop is null)
        {
            if (step is not null && !(step is PyInt one && one.IsSmall && one.Small == 1 && ReferenceEquals(step, PyInt.One)))
                throw PyExc.TypeErr("Missing a non-None stop argument");
            if (IntOps.Sign(istart) > 0) return RandBelow(r, istart);
            throw PyExc.ValueErr("empty range for randrange()");
        }
        var istop = RangeArg(stop, "stop");
        var width = IntOps.Sub(istop, istart);
        var istep = step is null ? PyInt.One : RangeArg(step, "step");
        if (istep.IsSmall && istep.Small == 1)
        {
            if (IntOps.Sign(width) > 0) return IntOps.Add(istart, RandBelow(r, width));
            throw PyExc.ValueErr($"empty range for randrange() ({Ops.Repr(istart)}, {Ops.Repr(istop)}, {Ops.Repr(width)})");
        }
        BigInteger n;
        var st = istep.Big;
        if (st.Sign > 0) n = IntOps.FloorDivBig(width.Big + st - 1, st);
        else if (st.Sign < 0) n = IntOps.FloorDivBig(width.Big + st + 1, st);
        else throw PyExc.ValueErr("zero step for randrange()");
        if (n.Sign <= 0) throw PyExc.ValueErr("empty range for randrange()");
        return IntOps.Add(istart, IntOps.Mul(istep, RandBelow(r, PyInt.From(n))));
    }

    private static readonly string[] RandIntNames = { "a", "b" };

    private static PyObject RandInt(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[2];
        PyArgs.Bind("Random.randint", args, kw, RandIntNames, 2, s);
        var a = s[0]!;
        var b = s[1]!;
        if (a is PyInt ai && ai.IsSmall && b is PyInt bi && bi.IsSmall && bi.Small < long.MaxValue)
        {
            var width = (Int128)bi.Small + 1 - ai.Small;
            if (width > 0 && width <= long.MaxValue) return PyInt.From(ai.Small + r.Gen.RandBelow((long)width));
        }
        return RandRangeCore(r, a, Ops.BinaryOp(BinaryOperator.Add, b, PyInt.One), null);
    }

    // ---------------------------------------------------------------- sequences

    private static PyObject Item(PyObject seq, long i) => seq switch
    {
        PyList l => l.Items[(int)i],
        PyTuple t => t.Items[(int)i],
        _ => Ops.GetItem(seq, PyInt.From(i)),
    };

    private static readonly string[] ChoiceNames = { "seq" };

    private static PyObject Choice(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[1];
        PyArgs.Bind("Random.choice", args, kw, ChoiceNames, 1, s);
        var seq = s[0]!;
        var n = Ops.Len(seq);
        if (n == 0) throw PyExc.IndexErr("Cannot choose from an empty sequence");
        return Item(seq, r.Gen.RandBelow(n));
    }

    private static readonly string[] ShuffleNames = { "x" };

    private static PyObject Shuffle(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[1];
        PyArgs.Bind("Random.shuffle", args, kw, ShuffleNames, 1, s);
        var x = s[0]!;
        if (x is PyList list)
        {
            var items = list.Items;
            for (var i = items.Count - 1; i >= 1; i--)
            {
                var j = (int)r.Gen.RandBelow(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
            return PyNone.Instance;
        }
        var n = Ops.Len(x);
        for (var i = n - 1; i >= 1; i--)
        {
            var j = r.Gen.RandBelow(i + 1);
            var pi = PyInt.From(i);
            var pj = PyInt.From(j);
            var xi = Ops.GetItem(x, pi);
            var xj = Ops.GetItem(x, pj);
            Ops.SetItem(x, pi, xj);
            Ops.SetItem(x, pj, xi);
        }
        return PyNone.Instance;
    }

    private static bool IsSequence(PyObject o)
    {
        if (o is PyList || o is PyTuple || o is PyStr || o is PyRange) return true;
        var t = o.Type;
        return t.IsSubtypeOf(PyType.List) || t.IsSubtypeOf(PyType.Tuple) || t.IsSubtypeOf(PyType.Str);
    }

    private static readonly string[] SampleNames = { "population", "k", "counts" };

    private static PyObject Sample(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[3];
        PyArgs.Bind("Random.sample", args, kw, SampleNames, 2, s, kwOnlyFrom: 2);
        return SampleCore(r, s[0]!, s[1]!, s[2] is PyNone ? null : s[2]);
    }

    private static PyObject SampleCore(PyRandom r, PyObject population, PyObject kObj, PyObject? counts)
    {
        if (!IsSequence(population))
            throw PyExc.TypeErr("Population must be a sequence.  For dicts or sets, use sorted(d).");
        var n = Ops.Len(population);
        if (counts is not null)
        {
            var cum = Accumulate(counts);
            if (cum.Count != n) throw PyExc.ValueErr("The number of counts does not match the population");
            var total = cum[^1];
            cum.RemoveAt(cum.Count - 1);
            if (total is not PyInt totalInt) throw PyExc.TypeErr("Counts must be integers");
            if (IntOps.Sign(totalInt) <= 0) throw PyExc.ValueErr("Total of counts must be greater than zero");
            if (!totalInt.IsSmall) throw PyExc.Overflow("Python int too large to convert to C ssize_t");
            var selections = (PyList)SampleCore(r, new PyRange(0, totalInt.Small, 1), kObj, null);
            var result = new PyList(selections.Items.Count);
            foreach (var sel in selections.Items) result.Items.Add(Item(population, BisectRight(cum, sel, 0, cum.Count)));
            return result;
        }
        if (kObj is PyFloat) throw PyExc.TypeErr("can't multiply sequence by non-int of type 'float'");
        var kInt = NativeMath.ToInt(kObj);
        if (IntOps.Sign(kInt) < 0 || IntOps.CompareInts(kInt, PyInt.From(n)) > 0)
            throw PyExc.ValueErr("Sample larger than population or is negative");
        var k = kInt.Small;
        if (k > PyContext.Current.MaxSequenceLength) throw PyExc.Memory();
        var res = new PyObject[k];
        long setsize = 21;
        if (k > 5) setsize += (long)Math.Pow(4, Math.Ceiling(Math.Log(k * 3) / Math.Log(4.0)));
        if (n <= setsize)
        {
            var pool = Ops.ToList(population);
            for (var i = 0; i < k; i++)
            {
                var j = (int)r.Gen.RandBelow(n - i);
                res[i] = pool[j];
                pool[j] = pool[(int)(n - i - 1)];
            }
        }
        else
        {
            var selected = new HashSet<long>();
            for (var i = 0; i < k; i++)
            {
                var j = r.Gen.RandBelow(n);
                while (selected.Contains(j)) j = r.Gen.RandBelow(n);
                selected.Add(j);
                res[i] = Item(population, j);
            }
        }
        return new PyList(new List<PyObject>(res));
    }

    /// <summary>list(itertools.accumulate(iterable)).</summary>
    private static List<PyObject> Accumulate(PyObject iterable)
    {
        var result = new List<PyObject>();
        var it = Ops.GetIter(iterable);
        PyObject? total = null;
        while (Ops.TryNext(it, out var v))
        {
            total = total is null ? v : Ops.BinaryOp(BinaryOperator.Add, total, v);
            result.Add(total);
        }
        return result;
    }

    /// <summary>bisect.bisect_right(a, x, lo, hi).</summary>
    private static long BisectRight(List<PyObject> a, PyObject x, long lo, long hi)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Ops.CompareBool(CompareOperator.Lt, x, a[(int)mid])) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static long BisectRight(List<PyObject> a, double x, long lo, long hi)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            var y = a[(int)mid];
            bool less = y switch
            {
                PyFloat f => x < f.Value,
                PyInt i => IntOps.CompareWithDouble(i, x) == 1,
                _ => Ops.CompareBool(CompareOperator.Lt, new PyFloat(x), y),
            };
            if (less) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static readonly string[] ChoicesNames = { "population", "weights", "cum_weights", "k" };

    private static PyObject Choices(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[4];
        PyArgs.Bind("Random.choices", args, kw, ChoicesNames, 1, s, kwOnlyFrom: 2);
        var population = s[0]!;
        var weights = s[1] is PyNone ? null : s[1];
        var cumWeights = s[2] is PyNone ? null : s[2];
        var kObj = s[3] ?? PyInt.One;
        var n = Ops.Len(population);
        List<PyObject> cum;
        if (cumWeights is null)
        {
            if (weights is null)
            {
                var k0 = RepeatCount(kObj);
                var result0 = new PyList((int)Math.Max(0, Math.Min(k0, 1 << 20)));
                double nf = n;
                for (long i = 0; i < k0; i++) result0.Items.Add(Item(population, (long)Math.Floor(r.Gen.NextDouble() * nf)));
                return result0;
            }
            if (weights is PyInt wi && Ops.LookupSpecial(weights.Type, "__iter__") is null)
                throw PyExc.TypeErr($"The number of choices must be a keyword argument: k={Ops.Repr(wi)}");
            cum = Accumulate(weights);
        }
        else
        {
            if (weights is not null) throw PyExc.TypeErr("Cannot specify both weights and cumulative weights");
            cum = Ops.ToList(cumWeights);
        }
        if (cum.Count != n) throw PyExc.ValueErr("The number of weights does not match the population");
        if (cum.Count == 0) throw PyExc.IndexErr("list index out of range");
        var totalObj = Ops.BinaryOp(BinaryOperator.Add, cum[^1], PyFloat.Zero);
        var total = totalObj is PyFloat tf ? tf.Value : NativeMath.ToDouble(totalObj);
        if (total <= 0.0) throw PyExc.ValueErr("Total of weights must be greater than zero");
        if (!double.IsFinite(total)) throw PyExc.ValueErr("Total of weights must be finite");
        var hi = n - 1;
        var kk = RepeatCount(kObj);
        var result = new PyList((int)Math.Max(0, Math.Min(kk, 1 << 20)));
        for (long i = 0; i < kk; i++)
            result.Items.Add(Item(population, BisectRight(cum, r.Gen.NextDouble() * total, 0, hi)));
        return result;
    }

    /// <summary>itertools.repeat(None, k)'s count: an index; negative means zero.</summary>
    private static long RepeatCount(PyObject k)
    {
        if (k is PyFloat) throw PyExc.TypeErr("'float' object cannot be interpreted as an integer");
        var v = NativeMath.ToInt(k);
        if (!v.IsSmall) throw PyExc.Overflow("Python int too large to convert to C ssize_t");
        if (v.Small > PyContext.Current.MaxSequenceLength) throw PyExc.Memory();
        return v.Small;
    }
}

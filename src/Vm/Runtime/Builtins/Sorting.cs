namespace PyDbg.Vm.Runtime;

/// <summary>
/// The stable sort behind sorted() and list.sort(): a merge sort using only `&lt;` (as CPython's
/// timsort does), with optional key function and reverse (reverse keeps stability, like CPython).
/// </summary>
internal static class Sorting
{
    public static void Sort(List<PyObject> items, PyObject? key, bool reverse)
    {
        var n = items.Count;
        if (n < 2) return;
        var values = items.ToArray();
        PyObject[] keys;
        if (key is null) keys = values;
        else
        {
            keys = new PyObject[n];
            var one = new PyObject[1];
            for (var i = 0; i < n; i++)
            {
                one[0] = values[i];
                keys[i] = Ops.Call(key, one);
            }
        }
        if (reverse)
        {
            Array.Reverse(values);
            if (!ReferenceEquals(keys, values)) Array.Reverse(keys);
        }
        var sameArrays = ReferenceEquals(keys, values);
        var lessThan = ChooseComparer(keys);
        var tmpK = new PyObject[n];
        var tmpV = sameArrays ? tmpK : new PyObject[n];
        MergeSort(keys, values, tmpK, tmpV, 0, n, lessThan, sameArrays);
        if (reverse) Array.Reverse(values);
        for (var i = 0; i < n; i++) items[i] = values[i];
    }

    private static Func<PyObject, PyObject, bool> ChooseComparer(PyObject[] keys)
    {
        bool allSmallInt = true, allStr = true, allFloat = true;
        foreach (var k in keys)
        {
            if (!(k is PyInt i && i.IsSmall)) allSmallInt = false;
            if (k is not PyStr) allStr = false;
            if (k is not PyFloat) allFloat = false;
            if (!allSmallInt && !allStr && !allFloat) break;
        }
        if (allSmallInt) return static (a, b) => ((PyInt)a).Small < ((PyInt)b).Small;
        if (allStr) return static (a, b) => string.CompareOrdinal(((PyStr)a).Value, ((PyStr)b).Value) < 0;
        if (allFloat) return static (a, b) => ((PyFloat)a).Value < ((PyFloat)b).Value;
        return static (a, b) => Ops.CompareBool(CompareOperator.Lt, a, b);
    }

    private static void MergeSort(PyObject[] k, PyObject[] v, PyObject[] tk, PyObject[] tv, int lo, int hi,
        Func<PyObject, PyObject, bool> lt, bool same)
    {
        var n = hi - lo;
        if (n <= 16)
        {
            // Binary-free insertion sort (stable): shift while the new key is strictly less.
            for (var i = lo + 1; i < hi; i++)
            {
                var kk = k[i];
                var vv = v[i];
                var j = i - 1;
                while (j >= lo && lt(kk, k[j]))
                {
                    k[j + 1] = k[j];
                    if (!same) v[j + 1] = v[j];
                    j--;
                }
                k[j + 1] = kk;
                if (!same) v[j + 1] = vv;
            }
            return;
        }
        var mid = lo + n / 2;
        MergeSort(k, v, tk, tv, lo, mid, lt, same);
        MergeSort(k, v, tk, tv, mid, hi, lt, same);
        if (!lt(k[mid], k[mid - 1])) return; // already ordered
        Array.Copy(k, lo, tk, lo, n);
        if (!same) Array.Copy(v, lo, tv, lo, n);
        int a = lo, b = mid, o = lo;
        while (a < mid && b < hi)
        {
            if (lt(tk[b], tk[a]))
            {
                k[o] = tk[b];
                if (!same) v[o] = tv[b];
                b++;
            }
            else
            {
                k[o] = tk[a];
                if (!same) v[o] = tv[a];
                a++;
            }
            o++;
        }
        while (a < mid) { k[o] = tk[a]; if (!same) v[o] = tv[a]; a++; o++; }
        while (b < hi) { k[o] = tk[b]; if (!same) v[o] = tv[b]; b++; o++; }
    }
}

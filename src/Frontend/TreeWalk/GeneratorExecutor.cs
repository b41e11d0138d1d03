using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// The statements of a generator body that contain yields, as C# iterators (each `yield return`
/// suspends the whole chain up to <see cref="IteratorGeneratorRunner.Resume"/>). Statements
/// without yields run on the ordinary <see cref="Executor"/>. C# forbids yield inside a try
/// block with a catch clause, so try/except/finally and with step their inner iterator by hand,
/// catching exceptions around MoveNext only.
/// </summary>
public static class GeneratorExecutor
{
    public static IEnumerable<PyObject> Body(FunctionDef def, GeneratorPlan plan, Frame f, GeneratorState st) =>
        Block(def.Body, plan, f, st);

    private static IEnumerable<PyObject> Block(IReadOnlyList<Stmt> body, GeneratorPlan plan, Frame f, GeneratorState st)
    {
        for (var i = 0; i < body.Count; i++)
        {
            var s = body[i];
            if (!plan.Yields(s))
            {
                var status = Executor.Exec(s, f);
                if (status != ExecStatus.Normal)
                {
                    st.Status = status;
                    yield break;
                }
                continue;
            }
            foreach (var v in Statement(s, plan, f, st)) yield return v;
            if (st.Status != ExecStatus.Normal) yield break;
        }
    }

    private static IEnumerable<PyObject> Statement(Stmt s, GeneratorPlan plan, Frame f, GeneratorState st)
    {
        switch (s)
        {
            case ExprStmt { Value: Yield y }:
                yield return y.Value is null ? PyNone.Instance : Evaluator.Eval(y.Value, f);
                AfterYield(st, f, y);
                break;
            case ExprStmt { Value: YieldFrom yf }:
                foreach (var v in YieldFrom(yf, f, st)) yield return v;
                break;
            case Assign { Value: Yield y } a:
            {
                yield return y.Value is null ? PyNone.Instance : Evaluator.Eval(y.Value, f);
                var sent = AfterYield(st, f, y);
                AssignAll(a, sent, f);
                break;
            }
            case Assign { Value: YieldFrom yf } a:
                foreach (var v in YieldFrom(yf, f, st)) yield return v;
                AssignAll(a, st.YieldFromResult, f);
                break;
            case If i:
                foreach (var v in Block(Truth(i.Test, f) ? i.Body : i.OrElse, plan, f, st)) yield return v;
                break;
            case While w:
            {
                var broke = false;
                while (Truth(w.Test, f))
                {
                    foreach (var v in Block(w.Body, plan, f, st)) yield return v;
                    if (st.Status == ExecStatus.Break) { st.Status = ExecStatus.Normal; broke = true; break; }
                    if (st.Status == ExecStatus.Continue) { st.Status = ExecStatus.Normal; continue; }
                    if (st.Status == ExecStatus.Return) yield break;
                }
                if (!broke)
                    foreach (var v in Block(w.OrElse, plan, f, st)) yield return v;
                break;
            }
            case For loop:
            {
                var iterator = GetIter(loop, f);
                var broke = false;
                while (Next(iterator, loop, f, out var item))
                {
                    Executor.Assign(loop.Target, item, f);
                    foreach (var v in Block(loop.Body, plan, f, st)) yield return v;
                    if (st.Status == ExecStatus.Break) { st.Status = ExecStatus.Normal; broke = true; break; }
                    if (st.Status == ExecStatus.Continue) { st.Status = ExecStatus.Normal; continue; }
                    if (st.Status == ExecStatus.Return) yield break;
                }
                if (!broke)
                    foreach (var v in Block(loop.OrElse, plan, f, st)) yield return v;
                break;
            }
            case Try t:
                foreach (var v in TryStatement(t, plan, f, st)) yield return v;
                break;
            case With w:
                foreach (var v in WithStatement(w, 0, plan, f, st)) yield return v;
                break;
            default:
                throw PyExc.Error(PyExc.SystemError, "unsupported statement in a generator body");
        }
    }

    /// <summary>After a resumption: raise the thrown-in exception at the yield, or return the sent value.</summary>
    private static PyObject AfterYield(GeneratorState st, Frame f, Expr yieldNode)
    {
        if (st.ThrowIn is { } thrown)
        {
            st.ThrowIn = null;
            var error = new PyException(thrown);
            f.Annotated = null;
            f.Annotate(error, yieldNode);
            throw error;
        }
        var sent = st.Sent;
        st.Sent = PyNone.Instance;
        return sent;
    }

    private static IEnumerable<PyObject> YieldFrom(YieldFrom yf, Frame f, GeneratorState st)
    {
        var iterator = Evaluator.Eval(yf.Value, f);
        try { iterator = Ops.GetIter(iterator); }
        catch (PyException e) when (f.Annotate(e, yf)) { throw; }
        st.YieldFromResult = PyNone.Instance;
        if (iterator is TreeWalkGenerator sub)
        {
            PyObject sent = PyNone.Instance;
            PyBaseException? thrown = null;
            while (true)
            {
                bool has;
                PyObject item;
                try { has = sub.Runner.Resume(sent, thrown, out item); }
                catch (PyException e) when (f.Annotate(e, yf)) { throw; }
                if (!has)
                {
                    st.YieldFromResult = sub.Runner.ReturnValue;
                    yield break;
                }
                yield return item;
                thrown = st.ThrowIn;
                st.ThrowIn = null;
                sent = st.Sent;
                st.Sent = PyNone.Instance;
                if (thrown is not null && thrown.Type.IsSubtypeOf(PyExc.GeneratorExit))
                {
                    sub.Close();
                    var error = new PyException(thrown);
                    f.Annotate(error, yf);
                    throw error;
                }
            }
        }
        while (Next(iterator, yf, f, out var value))
        {
            yield return value;
            AfterYield(st, f, yf);
        }
    }

    private static IEnumerable<PyObject> TryStatement(Try t, GeneratorPlan plan, Frame f, GeneratorState st)
    {
        PyException? pending = null;
        var main = TryExcept(t, plan, f, st).GetEnumerator();
        while (true)
        {
            bool has;
            try { has = main.MoveNext(); }
            catch (PyException e)
            {
                if (t.FinalBody.Count == 0) throw;
                if (e.Value.Context is null) HandledExceptions.SetContext(e.Value, HandledExceptions.Current);
                pending = e;
                break;
            }
            if (!has) break;
            yield return main.Current;
        }
        if (t.FinalBody.Count == 0) yield break;

        var savedStatus = st.Status;
        var savedReturn = f.ReturnValue;
        st.Status = ExecStatus.Normal;
        if (pending is not null) Push(st, pending.Value);
        var final = Block(t.FinalBody, plan, f, st).GetEnumerator();
        while (true)
        {
            bool has;
            try { has = final.MoveNext(); }
            catch (PyException e)
            {
                if (pending is not null)
                {
                    Pop(st);
                    if (e.Value.Context is null) HandledExceptions.SetContext(e.Value, pending.Value);
                }
                throw;
            }
            if (!has) break;
            yield return final.Current;
        }
        if (pending is not null) Pop(st);
        // break / continue / return in the finally clause discard the pending exception.
        if (st.Status != ExecStatus.Normal) yield break;
        if (pending is not null) throw pending;
        st.Status = savedStatus;
        f.ReturnValue = savedReturn;
    }

    private static IEnumerable<PyObject> TryExcept(Try t, GeneratorPlan plan, Frame f, GeneratorState st)
    {
        PyException? caught = null;
        var body = Block(t.Body, plan, f, st).GetEnumerator();
        while (true)
        {
            bool has;
            try { has = body.MoveNext(); }
            catch (PyException e)
            {
                if (t.Handlers.Count == 0) throw;
                caught = e;
                break;
            }
            if (!has) break;
            yield return body.Current;
        }
        if (caught is null)
        {
            if (st.Status != ExecStatus.Normal) yield break;
            foreach (var v in Block(t.OrElse, plan, f, st)) yield return v;
            yield break;
        }

        var exc = caught.Value;
        if (exc.Context is null) HandledExceptions.SetContext(exc, HandledExceptions.Current);
        var handler = Executor.FindHandler(t, exc, f);
        if (handler is null) throw caught;
        if (handler.Name is not null) Evaluator.StoreName(handler.Name, exc, f);
        Push(st, exc);
        var handlerBody = Block(handler.Body, plan, f, st).GetEnumerator();
        while (true)
        {
            bool has;
            try { has = handlerBody.MoveNext(); }
            catch (PyException e)
            {
                Pop(st);
                if (handler.Name is not null) Executor.UnbindHandlerName(handler.Name, f);
                if (!ReferenceEquals(e.Value, exc) && e.Value.Context is null) HandledExceptions.SetContext(e.Value, exc);
                throw;
            }
            if (!has) break;
            yield return handlerBody.Current;
        }
        Pop(st);
        if (handler.Name is not null) Executor.UnbindHandlerName(handler.Name, f);
    }

    private static IEnumerable<PyObject> WithStatement(With w, int index, GeneratorPlan plan, Frame f, GeneratorState st)
    {
        var (manager, exit) = Executor.EnterWith(w, w.Items[index], f);
        var inner = (index + 1 < w.Items.Count ? WithStatement(w, index + 1, plan, f, st) : Block(w.Body, plan, f, st)).GetEnumerator();
        PyException? caught = null;
        while (true)
        {
            bool has;
            try { has = inner.MoveNext(); }
            catch (PyException e)
            {
                caught = e;
                break;
            }
            if (!has) break;
            yield return inner.Current;
        }
        if (caught is not null)
        {
            if (Executor.ExitWith(w, manager, exit, caught.Value, f)) yield break;
            throw caught;
        }
        Executor.ExitWith(w, manager, exit, null, f);
    }

    private static void Push(GeneratorState st, PyBaseException e)
    {
        HandledExceptions.Push(e);
        st.HandledDepth++;
    }

    private static void Pop(GeneratorState st)
    {
        HandledExceptions.Pop();
        st.HandledDepth--;
    }

    private static void AssignAll(Assign a, PyObject value, Frame f)
    {
        try
        {
            foreach (var target in a.Targets) Executor.Assign(target, value, f);
        }
        catch (PyException e) when (f.Annotate(e, a))
        {
            throw;
        }
    }

    private static bool Truth(Expr test, Frame f) => Ops.IsTrue(Evaluator.Eval(test, f));

    private static PyObject GetIter(For loop, Frame f)
    {
        var iterable = Evaluator.Eval(loop.Iter, f);
        try { return Ops.GetIter(iterable); }
        catch (PyException e) when (f.Annotate(e, loop)) { throw; }
    }

    private static bool Next(PyObject iterator, Node node, Frame f, out PyObject item)
    {
        try { return Ops.TryNext(iterator, out item); }
        catch (PyException e) when (f.Annotate(e, node)) { throw; }
    }
}

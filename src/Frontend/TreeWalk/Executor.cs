using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;
using Attribute = PyDbg.Frontend.Syntax.Attribute;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// Executes statements. Control flow (break, continue, return) is reported by the returned
/// <see cref="ExecStatus"/>, never by .NET exceptions; Python exceptions are
/// <see cref="PyException"/>s, and each frame records its position in their traceback as they
/// pass (the innermost expression or, for statement-level operations, the statement).
/// </summary>
public static partial class Executor
{
    public static ExecStatus ExecBlock(IReadOnlyList<Stmt> body, Frame f)
    {
        for (var i = 0; i < body.Count; i++)
        {
            var status = Exec(body[i], f);
            if (status != ExecStatus.Normal) return status;
        }
        return ExecStatus.Normal;
    }

    public static ExecStatus Exec(Stmt s, Frame f)
    {
        try
        {
            return ExecCore(s, f);
        }
        catch (PyException ex) when (f.Annotate(ex, s))
        {
            throw;
        }
    }

    private static ExecStatus ExecCore(Stmt s, Frame f)
    {
        switch (s)
        {
            case ExprStmt e:
                Evaluator.Eval(e.Value, f);
                return ExecStatus.Normal;
            case Assign a:
            {
                var value = Evaluator.Eval(a.Value, f);
                foreach (var target in a.Targets) Assign(target, value, f);
                return ExecStatus.Normal;
            }
            case AugAssign aug:
                ExecAugAssign(aug, f);
                return ExecStatus.Normal;
            case If i:
                return Ops.IsTrue(Evaluator.Eval(i.Test, f)) ? ExecBlock(i.Body, f) : ExecBlock(i.OrElse, f);
            case For loop:
                return ExecFor(loop, f);
            case While w:
                return ExecWhile(w, f);
            case Return r:
                f.ReturnValue = r.Value is null ? PyNone.Instance : Evaluator.Eval(r.Value, f);
                return ExecStatus.Return;
            case Pass:
                return ExecStatus.Normal;
            case Break:
                return ExecStatus.Break;
            case Continue:
                return ExecStatus.Continue;
            case FunctionDef def:
                ExecFunctionDef(def, f);
                return ExecStatus.Normal;
            case ClassDef cls:
                ExecClassDef(cls, f);
                return ExecStatus.Normal;
            case Try t:
                return ExecTry(t, f);
            case Raise r:
                ExecRaise(r, f);
                return ExecStatus.Normal;
            case With w:
                return ExecWith(w, 0, f);
            case Delete d:
                foreach (var target in d.Targets) Delete(target, f);
                return ExecStatus.Normal;
            case AnnAssign ann:
                ExecAnnAssign(ann, f);
                return ExecStatus.Normal;
            case Assert a:
                ExecAssert(a, f);
                return ExecStatus.Normal;
            case Import imp:
                foreach (var alias in imp.Names) ExecImport(alias, f);
                return ExecStatus.Normal;
            case ImportFrom from:
                ExecImportFrom(from, f);
                return ExecStatus.Normal;
            case Global or Nonlocal:
                return ExecStatus.Normal;
            default:
                throw PyExc.Error(PyExc.SystemError, $"unknown statement {s.GetType().Name}");
        }
    }

    private static void ExecAugAssign(AugAssign aug, Frame f)
    {
        var op = Evaluator.BinaryOperatorOf(aug.Op) + 13;
        switch (aug.Target)
        {
            case Name n:
            {
                var current = Evaluator.LoadName(n.Id, f);
                var value = Evaluator.Eval(aug.Value, f);
                Evaluator.StoreName(n.Id, Ops.BinaryOp(op, current, value), f);
                return;
            }
            case Attribute a:
            {
                var obj = Evaluator.Eval(a.Value, f);
                var name = Evaluator.Mangled(a.Attr, f);
                PyObject current;
                try { current = Ops.GetAttr(obj, name); }
                catch (PyException ex) when (f.Annotate(ex, a)) { throw; }
                var value = Evaluator.Eval(aug.Value, f);
                var result = Ops.BinaryOp(op, current, value);
                try { Ops.SetAttr(obj, name, result); }
                catch (PyException ex) when (f.Annotate(ex, a)) { throw; }
                return;
            }
            case Subscript sub:
            {
                var obj = Evaluator.Eval(sub.Value, f);
                var key = Evaluator.Eval(sub.Slice, f);
                PyObject current;
                try { current = Ops.GetItem(obj, key); }
                catch (PyException ex) when (f.Annotate(ex, sub)) { throw; }
                var value = Evaluator.Eval(aug.Value, f);
                var result = Ops.BinaryOp(op, current, value);
                try { Ops.SetItem(obj, key, result); }
                catch (PyException ex) when (f.Annotate(ex, sub)) { throw; }
                return;
            }
            default:
                throw PyExc.Error(PyExc.SyntaxError, "'" + aug.Target.GetType().Name + "' is an illegal expression for augmented assignment");
        }
    }

    private static void ExecAnnAssign(AnnAssign ann, Frame f)
    {
        if (ann.Value is not null)
        {
            var value = Evaluator.Eval(ann.Value, f);
            Assign(ann.Target, value, f);
        }
        if (ann.Simple != 0 && ann.Target is Name n && f.Namespace is { } ns && !f.Scope.IsFunctionLike)
        {
            if (!ns.TryGetValue("__annotations__", out var annotations))
            {
                annotations = new PyDict();
                ns.SetItem("__annotations__", annotations);
            }
            Ops.SetItem(annotations, PyStr.From(Evaluator.Mangled(n.Id, f)), Evaluator.Eval(ann.Annotation, f));
        }
    }

    private static void ExecAssert(Assert a, Frame f)
    {
        if (Ops.IsTrue(Evaluator.Eval(a.Test, f))) return;
        var args = a.Msg is null ? PyTuple.Empty : PyTuple.Of(Evaluator.Eval(a.Msg, f));
        var error = new PyException(new PyBaseException(PyExc.AssertionError, args));
        // CPython points at the asserted expression.
        f.Annotate(error, a.Test);
        throw error;
    }

    private static ExecStatus ExecFor(For loop, Frame f)
    {
        var iterator = Ops.GetIter(Evaluator.Eval(loop.Iter, f));
        while (Ops.TryNext(iterator, out var item))
        {
            Assign(loop.Target, item, f);
            var status = ExecBlock(loop.Body, f);
            if (status == ExecStatus.Break) return ExecStatus.Normal;
            if (status == ExecStatus.Return) return status;
        }
        return ExecBlock(loop.OrElse, f);
    }

    private static ExecStatus ExecWhile(While loop, Frame f)
    {
        while (Ops.IsTrue(Evaluator.Eval(loop.Test, f)))
        {
            var status = ExecBlock(loop.Body, f);
            if (status == ExecStatus.Break) return ExecStatus.Normal;
            if (status == ExecStatus.Return) return status;
        }
        return ExecBlock(loop.OrElse, f);
    }
}

using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>List, set and dict comprehensions and generator expressions: each runs in its own
/// function-like frame whose parameter ".0" is the iterator over the outermost iterable, which is
/// evaluated in the enclosing frame.</summary>
public static partial class Evaluator
{
    private static Frame NewComprehensionFrame(Expr node, Frame f, PyObject outermostIterator)
    {
        var scope = f.Code.Symbols.ScopeOf(node);
        var layout = f.Code.LayoutOf(scope);
        var locals = new PyObject?[layout.VarNames.Length];
        locals[0] = outermostIterator;
        return Executor.NewFunctionFrame(f.Code, scope, f.Globals, Executor.CaptureClosure(scope, f), locals);
    }

    private static IReadOnlyList<Comprehension> GeneratorsOf(Expr node) => node switch
    {
        ListComp lc => lc.Generators,
        SetComp sc => sc.Generators,
        DictComp dc => dc.Generators,
        GeneratorExp ge => ge.Generators,
        _ => throw new InvalidOperationException(),
    };

    private static PyObject EvalComprehension(Expr node, Frame f)
    {
        var generators = GeneratorsOf(node);
        var iterator = Ops.GetIter(Eval(generators[0].Iter, f));
        var cf = NewComprehensionFrame(node, f, iterator);
        var context = PyContext.Current;
        if (context.CallDepth >= context.RecursionLimit) throw PyExc.Recursion();
        context.CallDepth++;
        try
        {
            switch (node)
            {
                case ListComp lc:
                {
                    var list = new PyList();
                    foreach (var item in RunComprehension(generators, 0, cf, lc.Elt)) list.Items.Add(item);
                    return list;
                }
                case SetComp sc:
                {
                    var set = new PySet();
                    foreach (var item in RunComprehension(generators, 0, cf, sc.Elt)) set.Add(item);
                    return set;
                }
                default:
                {
                    var dc = (DictComp)node;
                    var dict = new PyDict();
                    foreach (var _ in RunComprehension(generators, 0, cf, null))
                    {
                        var key = Eval(dc.Key, cf);
                        dict.SetItem(key, Eval(dc.Value, cf));
                    }
                    return dict;
                }
            }
        }
        catch (PyException e) when (cf.Annotate(e, node))
        {
            throw;
        }
        finally
        {
            context.CallDepth--;
        }
    }

    private static PyObject MakeGeneratorExpression(GeneratorExp node, Frame f)
    {
        var iterator = Ops.GetIter(Eval(node.Generators[0].Iter, f));
        return new GeneratorExpression(NewComprehensionFrame(node, f, iterator), node);
    }

    /// <summary>The nested for/if clauses: yields the element for every combination that passes
    /// the conditions (null element: yields None, the caller evaluates a dict entry itself).</summary>
    public static IEnumerable<PyObject> RunComprehension(IReadOnlyList<Comprehension> generators, int index, Frame cf, Expr? element)
    {
        var g = generators[index];
        var iterator = index == 0 ? cf.Locals[0]! : Ops.GetIter(Eval(g.Iter, cf));
        var last = index == generators.Count - 1;
        while (Ops.TryNext(iterator, out var item))
        {
            Executor.Assign(g.Target, item, cf);
            var pass = true;
            foreach (var condition in g.Ifs)
            {
                if (!Ops.IsTrue(Eval(condition, cf)))
                {
                    pass = false;
                    break;
                }
            }
            if (!pass) continue;
            if (last) yield return element is null ? PyNone.Instance : Eval(element, cf);
            else
                foreach (var inner in RunComprehension(generators, index + 1, cf, element))
                    yield return inner;
        }
    }
}

using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// A generator expression: lazy (each item is computed when asked for, so infinite sources
/// work), running in its own comprehension frame. Generator expressions cannot contain yield, so
/// they need no thread: the nested loops are a C# iterator.
/// </summary>
public sealed class GeneratorExpression : PyIterator
{
    private readonly Frame _frame;
    private readonly GeneratorExp _node;
    private IEnumerator<PyObject>? _items;
    private bool _finished, _running;

    public string QualName => _frame.Scope.QualName;

    public GeneratorExpression(Frame frame, GeneratorExp node)
    {
        _frame = frame;
        _node = node;
    }

    public override PyType Type => GeneratorTypes.Generator;

    public override bool TryNext(out PyObject value)
    {
        value = PyNone.Instance;
        if (_finished) return false;
        if (_running) throw PyExc.ValueErr("generator already executing");
        var context = PyContext.Current;
        if (context.CallDepth >= context.RecursionLimit) throw PyExc.Recursion();
        context.CallDepth++;
        _running = true;
        try
        {
            _items ??= Evaluator.RunComprehension(_node.Generators, 0, _frame, _node.Elt).GetEnumerator();
            if (_items.MoveNext())
            {
                value = _items.Current;
                return true;
            }
            _finished = true;
            return false;
        }
        catch (PyException e) when (_frame.Annotate(e, _node))
        {
            throw;
        }
        catch (PyException e)
        {
            _finished = true;
            if (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
            {
                var error = PyExc.Create(PyExc.RuntimeError, "generator raised StopIteration");
                error.Cause = e.Value;
                error.Context = e.Value;
                throw new PyException(error);
            }
            throw;
        }
        finally
        {
            _running = false;
            context.CallDepth--;
        }
    }

    public void Close() => _finished = true;
}

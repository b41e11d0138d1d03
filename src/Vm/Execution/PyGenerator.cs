using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Execution;

/// <summary>
/// A generator object: owns the suspended <see cref="Frame"/> of a generator function (or
/// generator expression). Resuming pushes the sent value and runs the frame in the dispatch loop
/// until YIELD_VALUE (suspend) or RETURN_VALUE (finished: StopIteration carries the value).
/// </summary>
public sealed class PyGenerator : PyIterator
{
    public Frame Frame { get; }
    private bool _running;
    private bool _finished;
    private bool _started;

    public PyGenerator(Frame frame)
    {
        Frame = frame;
        frame.Generator = this;
        // Skip RETURN_GENERATOR: the first resume pushes the sent value for the POP_TOP after it.
        frame.Ip = frame.Code.Instructions.Length > 0 && frame.Code.Instructions[0].Op == OpCode.RETURN_GENERATOR ? 1 : 0;
    }

    public string Name => Frame.Code.Name;
    public string QualName => Frame.Code.QualName;
    public bool IsFinished => _finished;
    public bool IsRunning => _running;

    public override PyType Type => PyType.Generator;

    public override bool TryNext(out PyObject value) => Resume(PyNone.Instance, out value);

    /// <summary>Runs the generator until its next yield (true, the yielded value) or its end (false, the return value).</summary>
    public bool Resume(PyObject sent, out PyObject value) => Resume(sent, null, out value);

    /// <summary>As <see cref="Resume(PyObject, out PyObject)"/>; with <paramref name="thrown"/> the exception is
    /// raised at the yield point instead of sending a value (generator.throw, generator.close).</summary>
    public bool Resume(PyObject sent, PyBaseException? thrown, out PyObject value)
    {
        if (_finished)
        {
            if (thrown is not null) throw new PyException(thrown);
            value = PyNone.Instance;
            return false;
        }
        if (_running) throw PyExc.ValueErr("generator already executing");
        if (thrown is null && !_started && sent is not PyNone)
            throw PyExc.TypeErr("can't send non-None value to a just-started generator");
        _started = true;
        var frame = Frame;
        if (thrown is null) frame.Values[frame.Sp++].V = sent;
        var context = PyContext.Current;
        if (++context.CallDepth > context.RecursionLimit)
        {
            context.CallDepth--;
            if (thrown is null) frame.Sp--;
            throw PyExc.Recursion();
        }
        frame.Back = Interpreter.CurrentFrame;
        _running = true;
        PyObject result;
        try
        {
            result = thrown is null ? Interpreter.Run(frame) : Interpreter.RunThrowing(frame, thrown);
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
            frame.Back = null;
        }
        if (frame.Yielded)
        {
            frame.Yielded = false;
            value = result;
            return true;
        }
        _finished = true;
        value = result;
        return false;
    }

    /// <summary>generator.send(value): the next yielded value, or StopIteration(return value).</summary>
    public PyObject Send(PyObject value)
    {
        if (Resume(value, out var result)) return result;
        throw StopIterationWith(result);
    }

    public static PyException StopIterationWith(PyObject value)
    {
        var exc = new PyBaseException(PyExc.StopIteration, value is PyNone ? PyTuple.Empty : PyTuple.Of(value));
        exc.Dict = new Dictionary<string, PyObject> { ["value"] = value };
        return new PyException(exc);
    }

    /// <summary>generator.throw(exc): raised at the yield point; the next yielded value, or StopIteration.</summary>
    public PyObject Throw(PyBaseException exc)
    {
        if (!exc.Type.IsSubtypeOf(PyExc.GeneratorExit) && Delegate() is { } inner)
        {
            // Suspended in `yield from inner`: the exception goes to inner first (CPython's gen_throw).
            PyObject? throwMethod = null;
            if (inner is PyGenerator || Ops.TryGetAttr(inner, "throw", out throwMethod))
            {
                PyObject yielded;
                try
                {
                    yielded = inner is PyGenerator ig ? ig.Throw(exc) : Ops.Call(throwMethod!, new PyObject[] { exc });
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
                {
                    // inner returned: the yield from evaluates to its value and this frame runs on.
                    var value = Ops.GetAttr(e.Value, "value");
                    var sendIndex = Frame.Ip - 2;
                    Frame.Values[--Frame.Sp].V = null!;
                    Frame.Ip = Frame.Code.Instructions[sendIndex].Arg;
                    if (Resume(value, null, out var after)) return after;
                    throw StopIterationWith(after);
                }
                catch (PyException e)
                {
                    exc = e.Value;
                    goto own;
                }
                return yielded;
            }
        }
        else if (exc.Type.IsSubtypeOf(PyExc.GeneratorExit))
        {
            CloseDelegate();
        }
        own:
        if (Resume(PyNone.Instance, exc, out var result)) return result;
        throw StopIterationWith(result);
    }

    /// <summary>The iterator this suspended generator delegates to with `yield from` (suspended at the
    /// YIELD_VALUE right after SEND, the receiver on top of its stack), or null.</summary>
    private PyObject? Delegate()
    {
        if (!_started || _finished || _running) return null;
        var ins = Frame.Code.Instructions;
        var ip = Frame.Ip;
        if (ip < 2 || ip > ins.Length || ins[ip - 1].Op != OpCode.YIELD_VALUE || ins[ip - 2].Op != OpCode.SEND) return null;
        return Frame.Sp > Frame.StackBase ? Frame.Values[Frame.Sp - 1].V : null;
    }

    /// <summary>close() of a generator suspended in `yield from` closes the inner iterator first.</summary>
    private void CloseDelegate()
    {
        var inner = Delegate();
        if (inner is PyGenerator ig) ig.Close();
        else if (inner is not null && Ops.TryGetAttr(inner, "close", out var close)) Ops.Call(close, ReadOnlySpan<PyObject>.Empty);
    }

    /// <summary>generator.close(): GeneratorExit at the yield point (so finally blocks and handlers run);
    /// RuntimeError when the generator yields instead of finishing.</summary>
    public void Close()
    {
        if (_finished) return;
        if (!_started)
        {
            _finished = true;
            return;
        }
        try
        {
            CloseDelegate();
            if (Resume(PyNone.Instance, new PyBaseException(PyExc.GeneratorExit, PyTuple.Empty), out _))
                throw PyExc.Error(PyExc.RuntimeError, "generator ignored GeneratorExit");
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.GeneratorExit) || e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
        }
    }

    static PyGenerator()
    {
        var t = PyType.Generator;
        t.Dict["send"] = new PyMethodDescriptor(t, "send", (self, args, kw) =>
        {
            if (args.Length != 1) throw PyExc.TypeErr($"send() takes exactly one argument ({args.Length} given)");
            return ((PyGenerator)self).Send(args[0]);
        });
        t.Dict["__next__"] = new PyMethodDescriptor(t, "__next__", (self, args, kw) => ((PyGenerator)self).Send(PyNone.Instance));
        t.Dict["__iter__"] = new PyMethodDescriptor(t, "__iter__", (self, args, kw) => self);
        t.Dict["close"] = new PyMethodDescriptor(t, "close", (self, args, kw) =>
        {
            ((PyGenerator)self).Close();
            return PyNone.Instance;
        });
        t.Dict["throw"] = new PyMethodDescriptor(t, "throw", (self, args, kw) =>
        {
            var gen = (PyGenerator)self;
            if (args.Length < 1) throw PyExc.TypeErr($"throw expected at least 1 argument, got {args.Length}");
            var exc = args[0];
            if (exc is PyType type && type.IsSubtypeOf(PyExc.BaseException))
                exc = args.Length > 1 && args[1] is not PyNone ? Ops.Call(type, args.Slice(1, 1)) : Ops.Call(type, ReadOnlySpan<PyObject>.Empty);
            if (exc is PyBaseException be) return gen.Throw(be);
            throw PyExc.TypeErr("exceptions must be classes or instances deriving from BaseException, not " + exc.Type.Name);
        });
    }

    /// <summary>Forces the static constructor (registers the generator methods).</summary>
    public static void EnsureRegistered() { }
}

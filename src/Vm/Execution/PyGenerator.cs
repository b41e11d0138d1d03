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
    public bool Resume(PyObject sent, out PyObject value)
    {
        if (_finished)
        {
            value = PyNone.Instance;
            return false;
        }
        if (_running) throw PyExc.ValueErr("generator already executing");
        if (!_started && sent is not PyNone)
            throw PyExc.TypeErr("can't send non-None value to a just-started generator");
        _started = true;
        var frame = Frame;
        frame.Values[frame.Sp++].V = sent;
        var context = PyContext.Current;
        if (++context.CallDepth > context.RecursionLimit)
        {
            context.CallDepth--;
            frame.Sp--;
            throw PyExc.Recursion();
        }
        frame.Back = Interpreter.CurrentFrame;
        _running = true;
        PyObject result;
        try
        {
            result = Interpreter.Run(frame);
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

    /// <summary>generator.close(): a suspended generator is simply finished (finally blocks do not run; documented limitation).</summary>
    public void Close() => _finished = true;

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
            gen._finished = true;
            var exc = args.Length > 0 ? args[0] : PyNone.Instance;
            if (exc is PyType type) exc = Ops.Call(type, ReadOnlySpan<PyObject>.Empty);
            if (exc is PyBaseException be) throw new PyException(be);
            throw PyExc.TypeErr("exceptions must derive from BaseException");
        });
    }

    /// <summary>Forces the static constructor (registers the generator methods).</summary>
    public static void EnsureRegistered() { }
}

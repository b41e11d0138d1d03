using System.Runtime.CompilerServices;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>The type of the tree-walker's generator objects: named "generator" like CPython's,
/// with send / throw / close and the generator repr.</summary>
public static class GeneratorTypes
{
    public static readonly PyType Generator = Create();

    private static PyType Create()
    {
        var type = new PyType("generator", new[] { PyType.Object }) { IsBaseType = false };
        type.Dict["__repr__"] = new PyMethodDescriptor(type, "__repr__", (self, args, kw) => PyStr.From(Repr(self)));
        type.Dict["__iter__"] = new PyMethodDescriptor(type, "__iter__", (self, args, kw) => self);
        type.Dict["__next__"] = new PyMethodDescriptor(type, "__next__", (self, args, kw) =>
        {
            var it = (PyIterator)self;
            if (it.TryNext(out var value)) return value;
            throw TreeWalkGenerator.StopIteration(self is TreeWalkGenerator g ? g.Runner.ReturnValue : PyNone.Instance);
        });
        type.Dict["send"] = new PyMethodDescriptor(type, "send", (self, args, kw) =>
        {
            if (args.Length != 1) throw PyExc.TypeErr($"send() takes exactly one argument ({args.Length} given)");
            if (self is TreeWalkGenerator g) return g.Send(args[0]);
            if (args[0] is not PyNone) throw PyExc.TypeErr("can't send non-None value to a just-started generator");
            var it = (PyIterator)self;
            if (it.TryNext(out var value)) return value;
            throw TreeWalkGenerator.StopIteration(PyNone.Instance);
        });
        type.Dict["throw"] = new PyMethodDescriptor(type, "throw", (self, args, kw) =>
        {
            if (args.Length < 1) throw PyExc.TypeErr($"throw expected at least 1 argument, got {args.Length}");
            var exc = args[0] switch
            {
                PyBaseException e => e,
                PyType t when t.IsSubtypeOf(PyExc.BaseException) =>
                    Ops.Call(t, args.Length > 1 && args[1] is not PyNone ? new[] { args[1] } : Array.Empty<PyObject>()) as PyBaseException
                    ?? throw PyExc.TypeErr("exceptions must derive from BaseException"),
                _ => throw PyExc.TypeErr("exceptions must be classes or instances deriving from BaseException, not " + Ops.TypeName(args[0])),
            };
            if (self is TreeWalkGenerator g) return g.Throw(exc);
            throw new PyException(exc);
        });
        type.Dict["close"] = new PyMethodDescriptor(type, "close", (self, args, kw) =>
        {
            if (self is TreeWalkGenerator g) g.Close();
            else if (self is GeneratorExpression ge) ge.Close();
            return PyNone.Instance;
        });
        return type;
    }

    public static string Repr(PyObject self)
    {
        var name = self switch
        {
            TreeWalkGenerator g => g.QualName,
            GeneratorExpression ge => ge.QualName,
            _ => "?",
        };
        return $"<generator object {name} at 0x{AddressOf(self):x12}>";
    }

    /// <summary>A stable pseudo-address for reprs.</summary>
    public static long AddressOf(PyObject o) => 0x7f0000000000L + ((long)RuntimeHelpers.GetHashCode(o) << 4);
}

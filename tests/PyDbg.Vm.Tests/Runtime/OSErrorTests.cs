using PyDbg.Vm.Runtime;
using static PyDbg.Vm.Tests.RuntimeOps.Py;

namespace PyDbg.Vm.Tests.RuntimeOps;

/// <summary>OSError's errno subclasses, attributes and str(), as CPython 3.11 prints them.</summary>
public class OSErrorTests : IDisposable
{
    private readonly IDisposable _scope = new PyContext().Enter();

    public void Dispose() => _scope.Dispose();

    public OSErrorTests() => global::PyDbg.Vm.Runtime.Builtins.EnsureInitialized();

    private static PyObject Make(PyType t, params PyObject[] args) => Ops.Call(t, args);

    [Theory]
    [InlineData(2, "FileNotFoundError")]
    [InlineData(13, "PermissionError")]
    [InlineData(1, "PermissionError")]
    [InlineData(17, "FileExistsError")]
    [InlineData(20, "NotADirectoryError")]
    [InlineData(21, "IsADirectoryError")]
    [InlineData(32, "BrokenPipeError")]
    [InlineData(110, "TimeoutError")]
    [InlineData(11, "BlockingIOError")]
    [InlineData(99, "OSError")]
    public void ErrnoPicksTheSubclass(int errno, string type) =>
        Make(PyExc.OSError, I(errno), S("msg")).Type.Name.Should().Be(type);

    [Fact]
    public void AttributesStrAndRepr()
    {
        var e = Make(PyExc.OSError, I(2), S("No such file or directory"), S("x.txt"));
        Ops.Repr(Ops.GetAttr(e, "errno")).Should().Be("2");
        Ops.Repr(Ops.GetAttr(e, "strerror")).Should().Be("'No such file or directory'");
        Ops.Repr(Ops.GetAttr(e, "filename")).Should().Be("'x.txt'");
        Ops.Repr(Ops.GetAttr(e, "filename2")).Should().Be("None");
        Ops.Str(e).Should().Be("[Errno 2] No such file or directory: 'x.txt'");
        Ops.Repr(e).Should().Be("FileNotFoundError(2, 'No such file or directory')");
        Ops.Str(Make(PyExc.OSError, I(1), S("a"), S("b"), PyNone.Instance, S("c"))).Should().Be("[Errno 1] a: 'b' -> 'c'");
        var plain = Make(PyExc.OSError, S("just text"));
        Ops.Str(plain).Should().Be("just text");
        Ops.Repr(Ops.GetAttr(plain, "errno")).Should().Be("None");
        // a subclass called directly keeps its type
        Make(PyExc.FileNotFoundError, I(13), S("x")).Type.Should().BeSameAs(PyExc.FileNotFoundError);
        Ops.SetAttr(plain, "errno", I(5));
        Ops.Repr(Ops.GetAttr(plain, "errno")).Should().Be("5");
    }

    [Fact]
    public void HierarchyAndNativeHelper()
    {
        PyExc.BrokenPipeError.IsSubtypeOf(PyExc.ConnectionError).Should().BeTrue();
        PyExc.ConnectionError.IsSubtypeOf(PyExc.OSError).Should().BeTrue();
        PyExc.TimeoutError.IsSubtypeOf(PyExc.OSError).Should().BeTrue();
        var ex = PyExc.OSErr(2, "cfg.ini");
        ex.Value.Type.Should().BeSameAs(PyExc.FileNotFoundError);
        Ops.Str(ex.Value).Should().Be("[Errno 2] No such file or directory: 'cfg.ini'");
        var builtins = new PyDict();
        global::PyDbg.Vm.Runtime.Builtins.Populate(builtins);
        builtins.TryGetValue("IOError", out var io).Should().BeTrue();
        io.Should().BeSameAs(PyExc.OSError);
        builtins.TryGetValue("EnvironmentError", out var env).Should().BeTrue();
        env.Should().BeSameAs(PyExc.OSError);
    }
}

using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Modules;

public class ModuleImportTests : ModulesTestBase
{
    [Fact]
    public void NativeModulesAreCachedPerContext()
    {
        var m1 = ModuleImport.Import("math");
        ModuleImport.Import("math").Should().BeSameAs(m1);
        Ctx.Modules["math"].Should().BeSameAs(m1);
        m1.Name.Should().Be("math");
        R(m1).Should().Be("<module 'math' (built-in)>");

        var other = new PyContext();
        using (other.Enter())
            ModuleImport.Import("math").Should().NotBeSameAs(m1);
    }

    [Theory]
    [InlineData("math")]
    [InlineData("sys")]
    [InlineData("time")]
    [InlineData("random")]
    public void EveryNativeModuleExists(string name)
    {
        var m = NativeModules.Create(name)!;
        m.Name.Should().Be(name);
        R(Ops.GetAttr(m, "__name__")).Should().Be($"'{name}'");
    }

    [Fact]
    public void UnknownNativeModuleIsNull() => NativeModules.Create("nosuchmodule").Should().BeNull();

    [Fact]
    public void MissingModuleRaisesModuleNotFoundError()
    {
        var e = Assert.Throws<PyException>(() => ModuleImport.Import("foo"));
        e.Value.Type.Should().BeSameAs(PyExc.ModuleNotFoundError);
        e.Value.Type.IsSubtypeOf(PyExc.ImportError).Should().BeTrue();
        e.Value.MessageText.Should().Be("No module named 'foo'");
        R(e.Value).Should().Be("ModuleNotFoundError(\"No module named 'foo'\")");
        R(Ops.GetAttr(e.Value, "name")).Should().Be("'foo'");
    }

    [Fact]
    public void SourceLoaderRunsOnceAndSupportsCircularImports()
    {
        var runs = 0;
        PyModule? seenDuringBody = null;
        Ctx.SourceModuleLoader = name =>
        {
            if (name != "helper") return null;
            runs++;
            var mod = new PyModule(name, new PyDict());
            mod.Dict.SetItem("__name__", S(name));
            mod.Dict.SetItem("__file__", S("/tmp/helper.py"));
            Ctx.Modules[name] = mod;                      // registered before the body runs
            seenDuringBody = ModuleImport.Import("helper"); // a circular import sees the partial module
            mod.Dict.SetItem("x", I(1));
            return mod;
        };
        var m = ModuleImport.Import("helper");
        seenDuringBody.Should().BeSameAs(m);
        ModuleImport.Import("helper").Should().BeSameAs(m);
        runs.Should().Be(1);
        R(Ops.GetAttr(m, "x")).Should().Be("1");
        R(m).Should().Be("<module 'helper' from '/tmp/helper.py'>");
        Raises(() => ModuleImport.Import("other")).Should().Be("ModuleNotFoundError: No module named 'other'");
    }

    [Fact]
    public void LoaderResultIsCachedEvenIfLoaderDidNotRegisterIt()
    {
        var mod = new PyModule("lazy", new PyDict());
        Ctx.SourceModuleLoader = name => name == "lazy" ? mod : null;
        ModuleImport.Import("lazy").Should().BeSameAs(mod);
        Ctx.Modules["lazy"].Should().BeSameAs(mod);
    }

    [Fact]
    public void SysModulesMirrorsTheCache()
    {
        var math = ModuleImport.Import("math");
        var sys = ModuleImport.Import("sys");
        var modules = (PyDict)Ops.GetAttr(sys, "modules");
        modules.TryGetValue("math", out var m).Should().BeTrue();
        m.Should().BeSameAs(math);
        modules.TryGetValue("sys", out var s).Should().BeTrue();
        s.Should().BeSameAs(sys);
        var random = ModuleImport.Import("random");
        modules.TryGetValue("random", out var r).Should().BeTrue();
        r.Should().BeSameAs(random);
    }

    [Fact]
    public void DottedNamesImportTheParentFirst()
    {
        Raises(() => ModuleImport.Import("math.foo")).Should().Be("ModuleNotFoundError: No module named 'math.foo'; 'math' is not a package");
        Ctx.Modules.ContainsKey("math").Should().BeTrue();
        Raises(() => ModuleImport.Import("nosuch.foo")).Should().Be("ModuleNotFoundError: No module named 'nosuch'");
    }
}

namespace PyDbg.Vm.Runtime;

internal static partial class DictMethods
{
    /// <summary>keys/values/items return the runtime's view objects (Collections/DictViews.cs).</summary>
    private static void RegisterViews(PyType t)
    {
        Builtins.Method(t, "keys", static (self, a, k) =>
        {
            var d = D(self, "keys");
            Arg.None("dict.keys", a, k);
            return new DictKeysView(d);
        });
        Builtins.Method(t, "values", static (self, a, k) =>
        {
            var d = D(self, "values");
            Arg.None("dict.values", a, k);
            return new DictValuesView(d);
        });
        Builtins.Method(t, "items", static (self, a, k) =>
        {
            var d = D(self, "items");
            Arg.None("dict.items", a, k);
            return new DictItemsView(d);
        });
    }
}

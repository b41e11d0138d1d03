namespace PyDbg.Vm.Runtime;

internal static partial class DictMethods
{
    /// <summary>keys/values/items (the view objects come from the runtime's DictViews).</summary>
    private static void RegisterViews(PyType t)
    {
    }
}

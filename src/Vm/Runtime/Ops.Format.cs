namespace PyDbg.Vm.Runtime;

public static partial class Ops
{
    /// <summary>format(value, spec): the format-spec mini-language (f-strings, str.format, format()).
    /// CONTRACT: owned by the builtins/formatting owner.</summary>
    public static string Format(PyObject value, string spec) => throw new NotImplementedException();
}

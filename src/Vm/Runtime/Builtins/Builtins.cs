namespace PyDbg.Vm.Runtime;

/// <summary>
/// The builtins namespace: functions (print, len, range, ...), the built-in types under their
/// names (int, str, list, ...; calling them goes through <see cref="PyType.NativeConstructor"/>)
/// and every exception type of <see cref="PyExc"/>.
/// CONTRACT: signature frozen; the builtins owner implements it (split by family into files).
/// </summary>
public static partial class Builtins
{
    public static void Populate(PyDict builtins) => throw new NotImplementedException();
}

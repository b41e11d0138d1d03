namespace PyDbg.Vm.Runtime;

/// <summary>Calling a built-in exception type: ValueError("x") -> a PyBaseException with those args.</summary>
internal static class ExceptionConstructors
{
    public static void Register()
    {
        foreach (var t in PyExc.All)
        {
            var type = t;
            var isOSError = t.IsSubtypeOf(PyExc.OSError);
            type.NativeConstructor ??= (args, kw) =>
            {
                if (kw is { Length: > 0 }) throw PyExc.TypeErr($"{type.Name}() takes no keyword arguments");
                var tuple = args.Length == 0 ? PyTuple.Empty : new PyTuple(args.ToArray());
                return isOSError ? PyOSError.Create(type, tuple) : new PyBaseException(type, tuple);
            };
        }
    }
}

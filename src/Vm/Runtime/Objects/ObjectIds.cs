using System.Runtime.CompilerServices;

namespace PyDbg.Vm.Runtime;

/// <summary>id(x) and the "0x7f..." addresses in default reprs: a stable fake address per object,
/// handed out from a counter the first time it is asked for.</summary>
public static class ObjectIds
{
    private static readonly ConditionalWeakTable<object, StrongBox<long>> Ids = new();
    private static long _next = 0x7f5a3c000000;

    public static long Get(object obj)
    {
        if (Ids.TryGetValue(obj, out var box)) return box.Value;
        lock (Ids)
        {
            if (Ids.TryGetValue(obj, out box)) return box.Value;
            _next += 0x40;
            box = new StrongBox<long>(_next);
            Ids.Add(obj, box);
            return box.Value;
        }
    }

    /// <summary>"0x7f5a3c000040"</summary>
    public static string Hex(object obj) => "0x" + Get(obj).ToString("x");
}

namespace PyDbg.Vm.Runtime;

/// <summary>`from x import *`: the names of the module's __all__ when it has one, else its public
/// names (not starting with '_'), with their values; both engines bind them.</summary>
public static class ImportStar
{
    public static List<KeyValuePair<string, PyObject>> Names(PyObject module)
    {
        var result = new List<KeyValuePair<string, PyObject>>();
        if (module is not PyModule m) return result;
        if (m.Dict.TryGetValue("__all__", out var all))
        {
            foreach (var item in Ops.ToList(all))
            {
                if (item is not PyStr name)
                    throw PyExc.TypeErr($"Item in {m.Name}.__all__ must be str, not {item.Type.Name}");
                result.Add(new(name.Value, Ops.GetAttr(module, name.Value)));
            }
            return result;
        }
        foreach (var kv in m.Dict.Items)
            if (kv.Key is PyStr k && !k.Value.StartsWith('_')) result.Add(new(k.Value, kv.Value));
        return result;
    }
}

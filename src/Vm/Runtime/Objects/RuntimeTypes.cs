namespace PyDbg.Vm.Runtime;

/// <summary>Type objects of the runtime's helper objects (iterators, dict views, descriptors).</summary>
public static class RuntimeTypes
{
    private static PyType T(string name) => new(name, new[] { PyType.Object }) { IsBaseType = false, IsCoreNative = true };

    public static readonly PyType ListIterator = T("list_iterator");
    public static readonly PyType ListReverseIterator = T("list_reverseiterator");
    public static readonly PyType TupleIterator = T("tuple_iterator");
    public static readonly PyType StrIterator = T("str_ascii_iterator");
    public static readonly PyType RangeIterator = T("range_iterator");
    public static readonly PyType LongRangeIterator = T("longrange_iterator");
    public static readonly PyType DictKeyIterator = T("dict_keyiterator");
    public static readonly PyType DictValueIterator = T("dict_valueiterator");
    public static readonly PyType DictItemIterator = T("dict_itemiterator");
    public static readonly PyType SetIterator = T("set_iterator");
    public static readonly PyType SeqIterator = T("iterator");
    public static readonly PyType CallableIterator = T("callable_iterator");
    public static readonly PyType DictKeys = T("dict_keys");
    public static readonly PyType DictValues = T("dict_values");
    public static readonly PyType DictItems = T("dict_items");
    public static readonly PyType StaticMethod = new("staticmethod", new[] { PyType.Object }) { IsCoreNative = true };
    public static readonly PyType ClassMethod = new("classmethod", new[] { PyType.Object }) { IsCoreNative = true };
    public static readonly PyType Property = new("property", new[] { PyType.Object }) { IsCoreNative = true };
    public static readonly PyType GenericAlias = new("GenericAlias", new[] { PyType.Object }, "types") { IsBaseType = false, IsCoreNative = true };
    public static readonly PyType UnionType = new("UnionType", new[] { PyType.Object }, "types") { IsBaseType = false, IsCoreNative = true };
    public static readonly PyType MethodDescriptor = T("method_descriptor");
    public static readonly PyType Super = new("super", new[] { PyType.Object }) { IsCoreNative = true };
    public static readonly PyType Complex = new("complex", new[] { PyType.Object }) { IsCoreNative = true };
}

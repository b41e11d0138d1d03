namespace PyDbg.Vm.Runtime;

/// <summary>
/// The .NET carrier of a Python exception raised by runtime (native) code: builtins and operators
/// throw it; the engines catch it at the native-call boundary and unwind Python frames without
/// further .NET exceptions. Never shown to a user: the engines format <see cref="Value"/> as a
/// CPython traceback.
/// </summary>
public sealed class PyException : Exception
{
    public PyBaseException Value { get; }

    public PyException(PyBaseException value) : base(null) => Value = value;

    public override string Message => Value.Type.Name + ": " + Value.MessageText;
}

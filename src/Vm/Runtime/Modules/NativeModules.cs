namespace PyDbg.Vm.Runtime;

/// <summary>
/// The modules implemented in C#: math, sys, time, random.
/// CONTRACT: signature frozen; the modules owner implements it.
/// </summary>
public static class NativeModules
{
    /// <summary>A new instance of the named native module for the current context, or null when
    /// there is no native module of that name.</summary>
    public static PyModule? Create(string name) => throw new NotImplementedException();
}

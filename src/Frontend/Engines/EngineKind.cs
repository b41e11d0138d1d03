namespace PyDbg.Frontend.Engines;

/// <summary>Which engine runs a program: the bytecode VM (default) or the tree-walking reference interpreter.</summary>
public enum EngineKind { Vm, Ast }

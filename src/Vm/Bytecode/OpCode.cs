namespace PyDbg.Vm.Bytecode;

/// <summary>
/// The instruction set: CPython 3.11's opcode names and stack semantics, with three
/// simplifications that keep the VM and the debugger simple:
///  * every instruction is one code unit with a full 32-bit argument (no EXTENDED_ARG, no caches);
///    an instruction's offset is 2 * its index, as in CPython's listings;
///  * jump arguments are ABSOLUTE target instruction indices (dis prints "to OFFSET");
///  * cell and free variables live in a separate cell array (cellvars then freevars, as in 3.10):
///    the frame creates cells and copies free variables on entry (no MAKE_CELL / COPY_FREE_VARS);
///    a parameter that is also a cell variable is copied into its cell on entry.
/// Stack notation: [.. a b] means b is on top (TOS), a below it (TOS1).
/// </summary>
public enum OpCode : byte
{
    /// <summary>Does nothing (keeps a line's position when its code was optimised away).</summary>
    NOP,
    /// <summary>First instruction of every code object (function entry point for the debugger).</summary>
    RESUME,
    /// <summary>[.. a] → [..]</summary>
    POP_TOP,
    /// <summary>[..] → [.. NULL] (the callable slot of CALL when there is no self).</summary>
    PUSH_NULL,
    /// <summary>arg n ≥ 1: pushes a copy of the n-th item from the top (COPY 1 = dup).</summary>
    COPY,
    /// <summary>arg n ≥ 2: swaps TOS with the n-th item from the top.</summary>
    SWAP,

    /// <summary>arg i: pushes Constants[i].</summary>
    LOAD_CONST,
    /// <summary>arg i: pushes local VarNames[i]; UnboundLocalError "cannot access local variable 'x' where it is not associated with a value".</summary>
    LOAD_FAST,
    STORE_FAST,
    DELETE_FAST,
    /// <summary>arg (namei &lt;&lt; 1) | pushNull: when the low bit is set, pushes NULL first, then the global/builtin Names[namei].</summary>
    LOAD_GLOBAL,
    STORE_GLOBAL,
    DELETE_GLOBAL,
    /// <summary>Module and class bodies: locals, then globals, then builtins.</summary>
    LOAD_NAME,
    STORE_NAME,
    DELETE_NAME,
    /// <summary>arg i: pushes the cell object Cells[i] itself (to build a closure tuple).</summary>
    LOAD_CLOSURE,
    /// <summary>arg i: pushes the contents of Cells[i] (cellvars then freevars); NameError for a free variable that is unbound.</summary>
    LOAD_DEREF,
    STORE_DEREF,
    DELETE_DEREF,
    /// <summary>Class bodies: the class namespace first, then the cell.</summary>
    LOAD_CLASSDEREF,

    /// <summary>arg namei: [.. obj] → [.. obj.name]</summary>
    LOAD_ATTR,
    /// <summary>arg namei: [.. value obj] → [..]; obj.name = value</summary>
    STORE_ATTR,
    DELETE_ATTR,
    /// <summary>arg namei: [.. obj] → [.. meth obj] when an unbound method is found, else [.. NULL attr].</summary>
    LOAD_METHOD,

    /// <summary>arg = BinaryOperator: [.. a b] → [.. a op b]</summary>
    BINARY_OP,
    UNARY_NEGATIVE,
    UNARY_POSITIVE,
    UNARY_NOT,
    UNARY_INVERT,
    /// <summary>arg = CompareOperator: [.. a b] → [.. a op b]</summary>
    COMPARE_OP,
    /// <summary>arg 0: `is`, 1: `is not`.</summary>
    IS_OP,
    /// <summary>arg 0: `in`, 1: `not in`. [.. item container] → [.. bool]</summary>
    CONTAINS_OP,

    /// <summary>[.. container key] → [.. container[key]]</summary>
    BINARY_SUBSCR,
    /// <summary>[.. value container key] → [..]; container[key] = value</summary>
    STORE_SUBSCR,
    /// <summary>[.. container key] → [..]</summary>
    DELETE_SUBSCR,
    /// <summary>arg 2 or 3: [.. start stop (step)] → [.. slice]</summary>
    BUILD_SLICE,

    /// <summary>arg n: pops n items (first pushed is first element).</summary>
    BUILD_TUPLE,
    BUILD_LIST,
    BUILD_SET,
    /// <summary>arg n: pops 2n items k1 v1 .. kn vn.</summary>
    BUILD_MAP,
    /// <summary>arg n: [.. v1 .. vn keys_tuple] → [.. dict]</summary>
    BUILD_CONST_KEY_MAP,
    /// <summary>arg n: concatenates n strings.</summary>
    BUILD_STRING,
    /// <summary>arg i: [.. list(at -i after pop) .. v] → list.append(v) (comprehensions).</summary>
    LIST_APPEND,
    SET_ADD,
    /// <summary>arg i: [.. dict .. key value] → dict[key] = value.</summary>
    MAP_ADD,
    /// <summary>arg i: [.. list .. iterable] → list.extend(iterable) (starred displays).</summary>
    LIST_EXTEND,
    SET_UPDATE,
    DICT_UPDATE,
    /// <summary>Like DICT_UPDATE but raises on duplicate keys (f(**a, **b)).</summary>
    DICT_MERGE,
    LIST_TO_TUPLE,
    /// <summary>arg flags: (flags &amp; 3) = conversion 0 none, 1 str, 2 repr, 3 ascii; flags &amp; 4: a format spec is on TOS.</summary>
    FORMAT_VALUE,

    /// <summary>arg n: [.. seq] → [.. item_n-1 .. item_0] (item 0 on top).</summary>
    UNPACK_SEQUENCE,
    /// <summary>arg before | (after &lt;&lt; 8): starred unpacking (a, *b, c = ...).</summary>
    UNPACK_EX,

    /// <summary>arg target index. The backward jump is where pause requests are honoured cheaply.</summary>
    JUMP_FORWARD,
    JUMP_BACKWARD,
    POP_JUMP_IF_FALSE,
    POP_JUMP_IF_TRUE,
    POP_JUMP_IF_NONE,
    POP_JUMP_IF_NOT_NONE,
    /// <summary>If TOS is false jump, keeping it; else pop it (`and`).</summary>
    JUMP_IF_FALSE_OR_POP,
    /// <summary>If TOS is true jump, keeping it; else pop it (`or`).</summary>
    JUMP_IF_TRUE_OR_POP,

    /// <summary>[.. iterable] → [.. iterator]</summary>
    GET_ITER,
    /// <summary>arg target: [.. it] → [.. it next] or, when exhausted, pops it and jumps to target.</summary>
    FOR_ITER,

    /// <summary>Returns TOS to the caller.</summary>
    RETURN_VALUE,
    /// <summary>arg flags: 0x01 defaults tuple, 0x02 kw-defaults dict, 0x04 annotations, 0x08 closure tuple;
    /// [.. (defaults) (kwdefaults) (annotations) (closure) code] → [.. function] (CPython's order: code is popped first, then closure, ...)</summary>
    MAKE_FUNCTION,
    /// <summary>arg consti: a tuple of keyword names for the next CALL (its last len(names) arguments).</summary>
    KW_NAMES,
    /// <summary>arg argc: [.. NULL callable args..] or [.. method self args..] → [.. result].</summary>
    CALL,
    /// <summary>arg flags (1 = has kwargs dict): [.. NULL callable args_tuple (kwargs)] → [.. result].</summary>
    CALL_FUNCTION_EX,

    /// <summary>arg 0: re-raise; 1: raise TOS; 2: raise TOS1 from TOS.</summary>
    RAISE_VARARGS,
    /// <summary>Re-raises TOS (end of a finally/except block that did not handle it).</summary>
    RERAISE,
    /// <summary>[.. exc] → [.. prev_exc exc]: enters an except handler.</summary>
    PUSH_EXC_INFO,
    /// <summary>[.. prev_exc] → [..]: leaves an except handler, restoring the previous exception.</summary>
    POP_EXCEPT,
    /// <summary>[.. exc type] → [.. exc bool]</summary>
    CHECK_EXC_MATCH,
    /// <summary>Pushes AssertionError (the type).</summary>
    LOAD_ASSERTION_ERROR,
    /// <summary>Pushes builtins.__build_class__.</summary>
    LOAD_BUILD_CLASS,
    /// <summary>arg namei: [.. level fromlist] → [.. module]</summary>
    IMPORT_NAME,
    /// <summary>arg namei: [.. module] → [.. module module.name]</summary>
    IMPORT_FROM,
    IMPORT_STAR,
    /// <summary>[.. mgr] → [.. __exit__ result_of___enter__]</summary>
    BEFORE_WITH,
    WITH_EXCEPT_START,

    /// <summary>First instruction of a generator's code: creates the generator and returns it.</summary>
    RETURN_GENERATOR,
    /// <summary>[.. v] → yields v; on resume [.. sent_value].</summary>
    YIELD_VALUE,
    /// <summary>arg target: [.. receiver value] → [.. receiver result] or jump to target with the return value.</summary>
    SEND,
    GET_YIELD_FROM_ITER,

    // ---- Debugger instrumentation (PEP 669 style); never produced by the compiler. ----
    /// <summary>Placed by the debugger over an instruction of an instrumented copy of a code object's
    /// bytecode: calls the debugger hook with the frame, then executes the original instruction
    /// (kept by <see cref="PyDbg.Vm.Debugging.CodeInstrumentation"/>). The disassembler shows the original.</summary>
    INSTRUMENTED_INSTRUCTION,
}

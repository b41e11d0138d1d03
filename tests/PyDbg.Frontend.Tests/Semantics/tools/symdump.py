import symtable, sys, types
SCOPES = {1:'Local',2:'GlobalExplicit',3:'GlobalImplicit',4:'Free',5:'Cell'}
def dump_table(t, out):
    syms = []
    for sym in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        flags = sym._Symbol__flags
        sc = (flags >> symtable.SCOPE_OFF) & symtable.SCOPE_MASK
        syms.append(f"{sym.get_name()}={SCOPES[sc]}")
    out.append(f"{t.get_type()} {t.get_name()}: {' '.join(syms)}")
    for c in t.get_children(): dump_table(c, out)
def dump_code(co, out):
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            fl = []
            if c.co_flags & 0x20: fl.append('gen')
            if c.co_flags & 0x10: fl.append('nested')
            out.append(f"{c.co_qualname} vars=[{','.join(c.co_varnames)}] cells=[{','.join(c.co_cellvars)}] frees=[{','.join(c.co_freevars)}] {' '.join(fl)}".rstrip())
            dump_code(c, out)
def dump(src):
    out = []
    dump_table(symtable.symtable(src, 't.py', 'exec'), out)
    code_out = []
    dump_code(compile(src, 't.py', 'exec'), code_out)
    return out, sorted(code_out)
if __name__ == '__main__':
    a, b = dump(sys.stdin.read())
    print("\n".join(a)); print("--"); print("\n".join(b))

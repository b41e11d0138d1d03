import ast, sys, json

def span(n):
    if hasattr(n, 'lineno') and n.lineno is not None:
        return f"S({n.lineno},{n.col_offset},{n.end_lineno},{n.end_col_offset})"
    return None

CTX = {ast.Load: 'ExprContext.Load', ast.Store: 'ExprContext.Store', ast.Del: 'ExprContext.Del'}
OPS = {ast.Add:'Add',ast.Sub:'Sub',ast.Mult:'Mult',ast.MatMult:'MatMult',ast.Div:'Div',ast.Mod:'Mod',ast.Pow:'Pow',ast.LShift:'LShift',ast.RShift:'RShift',ast.BitOr:'BitOr',ast.BitXor:'BitXor',ast.BitAnd:'BitAnd',ast.FloorDiv:'FloorDiv'}
CMP = {ast.Eq:'Eq',ast.NotEq:'NotEq',ast.Lt:'Lt',ast.LtE:'LtE',ast.Gt:'Gt',ast.GtE:'GtE',ast.Is:'Is',ast.IsNot:'IsNot',ast.In:'In',ast.NotIn:'NotIn'}
UN = {ast.Invert:'Invert',ast.Not:'Not',ast.UAdd:'UAdd',ast.USub:'USub'}

def s(x): return json.dumps(x)

def lst(items, ty):
    return f"new {ty}[] {{ {', '.join(items)} }}" if items else f"System.Array.Empty<{ty}>()"

def g(n):
    if n is None: return "null"
    sp = span(n)
    w = (lambda code: f"{code} {{ Span = {sp} }}") if sp else (lambda code: code)
    t = type(n).__name__
    E = lambda xs: lst([g(x) for x in xs], 'Expr')
    St = lambda xs: lst([g(x) for x in xs], 'Stmt')
    if isinstance(n, ast.Module): return f"new Module({St(n.body)})"
    if t == 'FunctionDef': return w(f"new FunctionDef({s(n.name)}, {g(n.args)}, {St(n.body)}, {E(n.decorator_list)}, {g(n.returns)})")
    if t == 'ClassDef': return w(f"new ClassDef({s(n.name)}, {E(n.bases)}, {lst([g(k) for k in n.keywords],'Keyword')}, {St(n.body)}, {E(n.decorator_list)})")
    if t == 'Return': return w(f"new Return({g(n.value)})")
    if t == 'Delete': return w(f"new Delete({E(n.targets)})")
    if t == 'Assign': return w(f"new Assign({E(n.targets)}, {g(n.value)})")
    if t == 'AugAssign': return w(f"new AugAssign({g(n.target)}, Operator.{OPS[type(n.op)]}, {g(n.value)})")
    if t == 'AnnAssign': return w(f"new AnnAssign({g(n.target)}, {g(n.annotation)}, {g(n.value)}, {n.simple})")
    if t == 'For': return w(f"new For({g(n.target)}, {g(n.iter)}, {St(n.body)}, {St(n.orelse)})")
    if t == 'While': return w(f"new While({g(n.test)}, {St(n.body)}, {St(n.orelse)})")
    if t == 'If': return w(f"new If({g(n.test)}, {St(n.body)}, {St(n.orelse)})")
    if t == 'With': return w(f"new With({lst([g(i) for i in n.items],'WithItem')}, {St(n.body)})")
    if t == 'withitem': return f"new WithItem({g(n.context_expr)}, {g(n.optional_vars)})"
    if t == 'Raise': return w(f"new Raise({g(n.exc)}, {g(n.cause)})")
    if t == 'Try': return w(f"new Try({St(n.body)}, {lst([g(h) for h in n.handlers],'ExceptHandler')}, {St(n.orelse)}, {St(n.finalbody)})")
    if t == 'ExceptHandler': return w(f"new ExceptHandler({g(n.type)}, {s(n.name) if n.name else 'null'}, {St(n.body)})")
    if t == 'Assert': return w(f"new Assert({g(n.test)}, {g(n.msg)})")
    if t == 'Import': return w(f"new Import({lst([g(a) for a in n.names],'Alias')})")
    if t == 'ImportFrom': return w(f"new ImportFrom({s(n.module) if n.module else 'null'}, {lst([g(a) for a in n.names],'Alias')}, {n.level})")
    if t == 'alias': return w(f"new Alias({s(n.name)}, {s(n.asname) if n.asname else 'null'})")
    if t == 'Global': return w(f"new Global({lst([s(x) for x in n.names],'string')})")
    if t == 'Nonlocal': return w(f"new Nonlocal({lst([s(x) for x in n.names],'string')})")
    if t == 'Expr': return w(f"new ExprStmt({g(n.value)})")
    if t in ('Pass','Break','Continue'): return w(f"new {t}()")
    if t == 'arguments':
        kwd = lst([g(x) for x in n.kw_defaults], 'Expr?')
        return f"new Arguments({lst([g(a) for a in n.posonlyargs],'Arg')}, {lst([g(a) for a in n.args],'Arg')}, {g(n.vararg)}, {lst([g(a) for a in n.kwonlyargs],'Arg')}, {kwd}, {g(n.kwarg)}, {E(n.defaults)})"
    if t == 'arg': return w(f"new Arg({s(n.arg)}, {g(n.annotation)})")
    if t == 'keyword': return w(f"new Keyword({s(n.arg) if n.arg else 'null'}, {g(n.value)})")
    if t == 'comprehension': return f"new Comprehension({g(n.target)}, {g(n.iter)}, {E(n.ifs)}, {n.is_async})"
    if t == 'BoolOp': return w(f"new BoolOp(BoolOperator.{'And' if isinstance(n.op, ast.And) else 'Or'}, {E(n.values)})")
    if t == 'NamedExpr': return w(f"new NamedExpr({g(n.target)}, {g(n.value)})")
    if t == 'BinOp': return w(f"new BinOp({g(n.left)}, Operator.{OPS[type(n.op)]}, {g(n.right)})")
    if t == 'UnaryOp': return w(f"new UnaryOp(UnaryOp_.{UN[type(n.op)]}, {g(n.operand)})")
    if t == 'Lambda': return w(f"new Lambda({g(n.args)}, {g(n.body)})")
    if t == 'IfExp': return w(f"new IfExp({g(n.test)}, {g(n.body)}, {g(n.orelse)})")
    if t == 'Dict': return w(f"new Dict({lst([g(k) for k in n.keys],'Expr?')}, {E(n.values)})")
    if t == 'Set': return w(f"new Set({E(n.elts)})")
    if t in ('ListComp','SetComp','GeneratorExp'): return w(f"new {t}({g(n.elt)}, {lst([g(c) for c in n.generators],'Comprehension')})")
    if t == 'DictComp': return w(f"new DictComp({g(n.key)}, {g(n.value)}, {lst([g(c) for c in n.generators],'Comprehension')})")
    if t == 'Yield': return w(f"new Yield({g(n.value)})")
    if t == 'YieldFrom': return w(f"new YieldFrom({g(n.value)})")
    if t == 'Compare': return w(f"new Compare({g(n.left)}, {lst(['CmpOp.'+CMP[type(o)] for o in n.ops],'CmpOp')}, {E(n.comparators)})")
    if t == 'Call': return w(f"new Call({g(n.func)}, {E(n.args)}, {lst([g(k) for k in n.keywords],'Keyword')})")
    if t == 'Constant':
        v = n.value
        if v is None: c = "PyNone.Instance"
        elif v is True: c = "PyBool.True"
        elif v is False: c = "PyBool.False"
        elif isinstance(v, int): c = f"PyInt.From({v})"
        elif isinstance(v, str): c = f"PyStr.From({s(v)})"
        elif isinstance(v, float): c = f"new PyFloat({v!r})"
        else: raise Exception(repr(v))
        return w(f"new Constant({c})")
    if t == 'Attribute': return w(f"new Attribute({g(n.value)}, {s(n.attr)}, {CTX[type(n.ctx)]})")
    if t == 'Subscript': return w(f"new Subscript({g(n.value)}, {g(n.slice)}, {CTX[type(n.ctx)]})")
    if t == 'Starred': return w(f"new Starred({g(n.value)}, {CTX[type(n.ctx)]})")
    if t == 'Name': return w(f"new Name({s(n.id)}, {CTX[type(n.ctx)]})")
    if t == 'List': return w(f"new SList({E(n.elts)}, {CTX[type(n.ctx)]})")
    if t == 'Tuple': return w(f"new STuple({E(n.elts)}, {CTX[type(n.ctx)]})")
    if t == 'Slice': return w(f"new Slice({g(n.lower)}, {g(n.upper)}, {g(n.step)})")
    if t == 'JoinedStr': return w(f"new JoinedStr({E(n.values)})")
    if t == 'FormattedValue': return w(f"new FormattedValue({g(n.value)}, {n.conversion}, {g(n.format_spec)})")
    raise Exception(t)

if __name__ == '__main__':
    print(g(ast.parse(sys.stdin.read())))

using PyDbg.Frontend.Semantics;
using PyDbg.Frontend.Syntax;
using Attribute = PyDbg.Frontend.Syntax.Attribute;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Compilation;

internal sealed partial class CodeGen
{
    private void VisitBody(IReadOnlyList<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        _b.CurrentSpan = s.Span;
        switch (s)
        {
            case ExprStmt e:
                if (e.Value is Constant)
                {
                    _b.Emit(OpCode.NOP);
                    break;
                }
                VisitExpr(e.Value);
                _b.Emit(OpCode.POP_TOP);
                break;
            case Assign a: CompileAssign(a); break;
            case AugAssign a: CompileAugAssign(a); break;
            case AnnAssign a:
                if (a.Value is not null)
                {
                    VisitExpr(a.Value);
                    StoreTarget(a.Target);
                }
                else if (a.Target is not Name)
                {
                    // `x.attr: int` evaluates the target's object (CPython checks it).
                    if (a.Target is Attribute at) { VisitExpr(at.Value); _b.Emit(OpCode.POP_TOP); }
                    else if (a.Target is Subscript sub) { VisitExpr(sub.Value); _b.Emit(OpCode.POP_TOP); VisitExpr(sub.Slice); _b.Emit(OpCode.POP_TOP); }
                }
                else _b.Emit(OpCode.NOP);
                break;
            case Delete d:
                foreach (var t in d.Targets) DeleteTarget(t);
                break;
            case Pass:
                _b.Emit(OpCode.NOP);
                break;
            case Global:
            case Nonlocal:
                break;
            case If i: CompileIf(i); break;
            case While w: CompileWhile(w); break;
            case For f: CompileFor(f); break;
            case Break br: CompileBreak(br); break;
            case Continue c: CompileContinue(c); break;
            case Return r: CompileReturn(r); break;
            case Raise r: CompileRaise(r); break;
            case Try t: CompileTry(t); break;
            case With w: CompileWith(w, 0); break;
            case Assert a: CompileAssert(a); break;
            case FunctionDef f: CompileFunctionDef(f); break;
            case ClassDef c: CompileClassDef(c); break;
            case Import imp: CompileImport(imp); break;
            case ImportFrom imp: CompileImportFrom(imp); break;
            default:
                throw Error($"unsupported statement {s.GetType().Name}", s.Span);
        }
    }

    private void CompileRaise(Raise r)
    {
        var n = 0;
        if (r.Exc is not null)
        {
            VisitExpr(r.Exc);
            n = 1;
            if (r.Cause is not null)
            {
                VisitExpr(r.Cause);
                n = 2;
            }
        }
        _b.Emit(OpCode.RAISE_VARARGS, n);
    }

    private void CompileAssert(Assert a)
    {
        var end = _b.NewLabel();
        JumpIf(a.Test, end, true);
        _b.Emit(OpCode.LOAD_ASSERTION_ERROR);
        if (a.Msg is not null)
        {
            VisitExpr(a.Msg);
            _b.Emit(OpCode.CALL, 0);
        }
        _b.Emit(OpCode.RAISE_VARARGS, 1);
        _b.Mark(end);
    }

    private void CompileImport(Import imp)
    {
        foreach (var alias in imp.Names)
        {
            LoadConst(PyInt.From(0));
            LoadConst(PyNone.Instance);
            _b.Emit(OpCode.IMPORT_NAME, _b.AddName(alias.Name));
            if (alias.AsName is not null)
            {
                var parts = alias.Name.Split('.');
                if (parts.Length > 1)
                {
                    for (var i = 1; i < parts.Length; i++)
                    {
                        _b.Emit(OpCode.IMPORT_FROM, _b.AddName(parts[i]));
                        if (i < parts.Length - 1)
                        {
                            _b.Emit(OpCode.SWAP, 2);
                            _b.Emit(OpCode.POP_TOP);
                        }
                    }
                    NameOp(alias.AsName, ExprContext.Store);
                    _b.Emit(OpCode.POP_TOP);
                }
                else NameOp(alias.AsName, ExprContext.Store);
            }
            else
            {
                var dot = alias.Name.IndexOf('.');
                NameOp(dot < 0 ? alias.Name : alias.Name[..dot], ExprContext.Store);
            }
        }
    }

    private void CompileImportFrom(ImportFrom imp)
    {
        LoadConst(PyInt.From(imp.Level));
        var names = new PyObject[imp.Names.Count];
        for (var i = 0; i < names.Length; i++) names[i] = PyStr.From(imp.Names[i].Name);
        LoadConst(new PyTuple(names));
        _b.Emit(OpCode.IMPORT_NAME, _b.AddName(imp.ModuleName ?? ""));
        if (imp.Names.Count == 1 && imp.Names[0].Name == "*")
        {
            _b.Emit(OpCode.IMPORT_STAR);
            return;
        }
        foreach (var alias in imp.Names)
        {
            _b.Emit(OpCode.IMPORT_FROM, _b.AddName(alias.Name));
            NameOp(alias.AsName ?? alias.Name, ExprContext.Store);
        }
        _b.Emit(OpCode.POP_TOP);
    }
}

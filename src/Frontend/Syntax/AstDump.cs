using System.Text;
using PyDbg.Vm.Bytecode;

namespace PyDbg.Frontend.Syntax;

/// <summary>
/// Prints a tree exactly as CPython 3.11's <c>ast.dump(tree, indent=2)</c> does (without
/// attributes), the output of `pydbg ast`.
/// CONTRACT: signature frozen; the parser owner implements it.
/// </summary>
public static partial class AstDump
{
    public static string Dump(Node node) => Dump(node, false);

    /// <summary>As <c>ast.dump(tree, indent=2, include_attributes=include)</c>.</summary>
    public static string Dump(Node node, bool includeAttributes)
    {
        var d = new Dumper(includeAttributes);
        return d.Format(node, 0).Text;
    }

    /// <summary>A field value: a node, a list, a scalar (already repr'd) or an omitted optional field.</summary>
    private readonly struct Field
    {
        public readonly string Name;
        public readonly object? Value; // Node, IEnumerable of Node?/string, string (repr text), or null (omitted)
        public readonly bool Omit;
        public Field(string name, object? value, bool omit = false) { Name = name; Value = value; Omit = omit; }
    }

    private sealed class Repr
    {
        public readonly string Text;
        public Repr(string text) => Text = text;
    }

    private sealed class Dumper
    {
        private readonly bool _attrs;
        public Dumper(bool attrs) => _attrs = attrs;

        public (string Text, bool Simple) Format(object? value, int level)
        {
            level++;
            var prefix = "\n" + new string(' ', 2 * level);
            var sep = ",\n" + new string(' ', 2 * level);
            switch (value)
            {
                case null:
                    return ("None", true);
                case Repr r:
                    return (r.Text, true);
                case Node node:
                {
                    var (name, fields, hasAttributes) = Describe(node);
                    var args = new List<string>();
                    var allSimple = true;
                    foreach (var f in fields)
                    {
                        if (f.Omit) continue;
                        var (text, simple) = Format(f.Value, level);
                        allSimple &= simple;
                        args.Add(f.Name + "=" + text);
                    }
                    if (_attrs && hasAttributes)
                    {
                        var s = node.Span;
                        args.Add("lineno=" + s.Line);
                        args.Add("col_offset=" + s.Column);
                        args.Add("end_lineno=" + s.EndLine);
                        args.Add("end_col_offset=" + s.EndColumn);
                    }
                    if (allSimple && args.Count <= 3)
                        return (name + "(" + string.Join(", ", args) + ")", args.Count == 0);
                    return (name + "(" + prefix + string.Join(sep, args) + ")", false);
                }
                case System.Collections.IEnumerable list:
                {
                    var items = new List<string>();
                    foreach (var x in list) items.Add(Format(x, level).Text);
                    if (items.Count == 0) return ("[]", true);
                    return ("[" + prefix + string.Join(sep, items) + "]", false);
                }
                default:
                    throw new InvalidOperationException("unexpected AST field value");
            }
        }
    }

    private static Field F(string name, object? value) => new(name, value);
    private static Field Opt(string name, object? value) => new(name, value, value is null);
    private static Field S(string name, string value) => new(name, new Repr(ReprString(value)));
    private static Field OptS(string name, string? value) => value is null ? new(name, null, true) : S(name, value);
    private static Field I(string name, int value) => new(name, new Repr(value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    private static Field Op(string name, string opName) => new(name, new Repr(opName + "()"));
    private static Field Ctx(ExprContext ctx) => Op("ctx", ctx.ToString());
    private static Repr[] Strs(IReadOnlyList<string> names)
    {
        var r = new Repr[names.Count];
        for (var i = 0; i < r.Length; i++) r[i] = new Repr(ReprString(names[i]));
        return r;
    }

    private static readonly Field NoTypeIgnores = new("type_ignores", System.Array.Empty<Node>());

    private static (string Name, Field[] Fields, bool HasAttributes) Describe(Node node)
    {
        switch (node)
        {
            case Module m: return ("Module", new[] { F("body", m.Body), NoTypeIgnores }, false);
            case Interactive m: return ("Interactive", new[] { F("body", m.Body) }, false);
            case Expression m: return ("Expression", new[] { F("body", m.Body) }, false);
            // statements
            case FunctionDef f: return ("FunctionDef", new[] { S("name", f.Name), F("args", f.Args), F("body", f.Body), F("decorator_list", f.DecoratorList), Opt("returns", f.Returns) }, true);
            case ClassDef c: return ("ClassDef", new[] { S("name", c.Name), F("bases", c.Bases), F("keywords", c.Keywords), F("body", c.Body), F("decorator_list", c.DecoratorList) }, true);
            case Return r: return ("Return", new[] { Opt("value", r.Value) }, true);
            case Delete d: return ("Delete", new[] { F("targets", d.Targets) }, true);
            case Assign a: return ("Assign", new[] { F("targets", a.Targets), F("value", a.Value) }, true);
            case AugAssign a: return ("AugAssign", new[] { F("target", a.Target), Op("op", a.Op.ToString()), F("value", a.Value) }, true);
            case AnnAssign a: return ("AnnAssign", new[] { F("target", a.Target), F("annotation", a.Annotation), Opt("value", a.Value), I("simple", a.Simple) }, true);
            case For f: return ("For", new[] { F("target", f.Target), F("iter", f.Iter), F("body", f.Body), F("orelse", f.OrElse) }, true);
            case While w: return ("While", new[] { F("test", w.Test), F("body", w.Body), F("orelse", w.OrElse) }, true);
            case If i: return ("If", new[] { F("test", i.Test), F("body", i.Body), F("orelse", i.OrElse) }, true);
            case With w: return ("With", new[] { F("items", w.Items), F("body", w.Body) }, true);
            case Raise r: return ("Raise", new[] { Opt("exc", r.Exc), Opt("cause", r.Cause) }, true);
            case Try t: return ("Try", new[] { F("body", t.Body), F("handlers", t.Handlers), F("orelse", t.OrElse), F("finalbody", t.FinalBody) }, true);
            case Assert a: return ("Assert", new[] { F("test", a.Test), Opt("msg", a.Msg) }, true);
            case Import i: return ("Import", new[] { F("names", i.Names) }, true);
            case ImportFrom i: return ("ImportFrom", new[] { OptS("module", i.ModuleName), F("names", i.Names), I("level", i.Level) }, true);
            case Global g: return ("Global", new[] { F("names", Strs(g.Names)) }, true);
            case Nonlocal n: return ("Nonlocal", new[] { F("names", Strs(n.Names)) }, true);
            case ExprStmt e: return ("Expr", new[] { F("value", e.Value) }, true);
            case Pass: return ("Pass", System.Array.Empty<Field>(), true);
            case Break: return ("Break", System.Array.Empty<Field>(), true);
            case Continue: return ("Continue", System.Array.Empty<Field>(), true);
            // expressions
            case BoolOp b: return ("BoolOp", new[] { Op("op", b.Op.ToString()), F("values", b.Values) }, true);
            case NamedExpr n: return ("NamedExpr", new[] { F("target", n.Target), F("value", n.Value) }, true);
            case BinOp b: return ("BinOp", new[] { F("left", b.Left), Op("op", b.Op.ToString()), F("right", b.Right) }, true);
            case UnaryOp u: return ("UnaryOp", new[] { Op("op", u.Op.ToString()), F("operand", u.Operand) }, true);
            case Lambda l: return ("Lambda", new[] { F("args", l.Args), F("body", l.Body) }, true);
            case IfExp i: return ("IfExp", new[] { F("test", i.Test), F("body", i.Body), F("orelse", i.OrElse) }, true);
            case Dict d: return ("Dict", new[] { F("keys", d.Keys), F("values", d.Values) }, true);
            case Set s: return ("Set", new[] { F("elts", s.Elts) }, true);
            case ListComp c: return ("ListComp", new[] { F("elt", c.Elt), F("generators", c.Generators) }, true);
            case SetComp c: return ("SetComp", new[] { F("elt", c.Elt), F("generators", c.Generators) }, true);
            case DictComp c: return ("DictComp", new[] { F("key", c.Key), F("value", c.Value), F("generators", c.Generators) }, true);
            case GeneratorExp c: return ("GeneratorExp", new[] { F("elt", c.Elt), F("generators", c.Generators) }, true);
            case Await a: return ("Await", new[] { F("value", a.Value) }, true);
            case Yield y: return ("Yield", new[] { Opt("value", y.Value) }, true);
            case YieldFrom y: return ("YieldFrom", new[] { F("value", y.Value) }, true);
            case Compare c:
            {
                var ops = new Repr[c.Ops.Count];
                for (var i = 0; i < ops.Length; i++) ops[i] = new Repr(c.Ops[i] + "()");
                return ("Compare", new[] { F("left", c.Left), F("ops", ops), F("comparators", c.Comparators) }, true);
            }
            case Call c: return ("Call", new[] { F("func", c.Func), F("args", c.Args), F("keywords", c.Keywords) }, true);
            case FormattedValue f: return ("FormattedValue", new[] { F("value", f.Value), I("conversion", f.Conversion), Opt("format_spec", f.FormatSpec) }, true);
            case JoinedStr j: return ("JoinedStr", new[] { F("values", j.Values) }, true);
            case Constant c: return ("Constant", new[] { new Field("value", new Repr(ConstantRepr(c.Value))), OptS("kind", c.Kind) }, true);
            case Attribute a: return ("Attribute", new[] { F("value", a.Value), S("attr", a.Attr), Ctx(a.Ctx) }, true);
            case Subscript s: return ("Subscript", new[] { F("value", s.Value), F("slice", s.Slice), Ctx(s.Ctx) }, true);
            case Starred s: return ("Starred", new[] { F("value", s.Value), Ctx(s.Ctx) }, true);
            case Name n: return ("Name", new[] { S("id", n.Id), Ctx(n.Ctx) }, true);
            case List l: return ("List", new[] { F("elts", l.Elts), Ctx(l.Ctx) }, true);
            case Tuple t: return ("Tuple", new[] { F("elts", t.Elts), Ctx(t.Ctx) }, true);
            case Slice s: return ("Slice", new[] { Opt("lower", s.Lower), Opt("upper", s.Upper), Opt("step", s.Step) }, true);
            // parts
            case Comprehension c: return ("comprehension", new[] { F("target", c.Target), F("iter", c.Iter), F("ifs", c.Ifs), I("is_async", c.IsAsync) }, false);
            case ExceptHandler h: return ("ExceptHandler", new[] { Opt("type", h.Type), OptS("name", h.Name), F("body", h.Body) }, true);
            case Arguments a: return ("arguments", new[] { F("posonlyargs", a.PosOnlyArgs), F("args", a.Args), Opt("vararg", a.VarArg), F("kwonlyargs", a.KwOnlyArgs), F("kw_defaults", a.KwDefaults), Opt("kwarg", a.KwArg), F("defaults", a.Defaults) }, false);
            case Arg a: return ("arg", new[] { S("arg", a.Name), Opt("annotation", a.Annotation) }, true);
            case Keyword k: return ("keyword", new[] { OptS("arg", k.ArgName), F("value", k.Value) }, true);
            case Alias a: return ("alias", new[] { S("name", a.Name), OptS("asname", a.AsName) }, true);
            case WithItem w: return ("withitem", new[] { F("context_expr", w.ContextExpr), Opt("optional_vars", w.OptionalVars) }, false);
            default: throw new InvalidOperationException("unknown AST node " + node.GetType().Name);
        }
    }
}

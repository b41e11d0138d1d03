using PyDbg.Frontend.Lexing;
using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Bytecode;
using K = PyDbg.Frontend.Lexing.TokenKind;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;
using SyntaxList = PyDbg.Frontend.Syntax.List;

using Attribute = PyDbg.Frontend.Syntax.Attribute;
using Set = PyDbg.Frontend.Syntax.Set;

namespace PyDbg.Frontend.Parsing;

/// <summary>Decorators, function and class definitions, parameter lists.</summary>
internal sealed partial class PyParser
{
    // ---- definitions --------------------------------------------------------------------------

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (Kind == K.At)
        {
            Advance();
            decorators.Add(ParseNamedExpression());
            if (Kind != K.Newline) throw InvalidSyntax();
            Advance();
        }
        if (Kind == K.Def) return ParseFunctionDef(Cur, decorators);
        if (Kind == K.Class) return ParseClassDef(Cur, decorators);
        if (Kind == K.Async) throw ErrorAt(Cur, "async statements are not supported by pydbg");
        throw InvalidSyntax();
    }

    private Stmt ParseFunctionDef(Token start, IReadOnlyList<Expr> decorators)
    {
        Advance(); // 'def'
        if (Kind != K.Name) throw InvalidSyntax();
        var name = Advance().Text;
        if (Kind != K.LPar) throw ErrorAtZero(Cur, "expected '('");
        Advance();
        var args = ParseParameters(K.RPar, annotations: true);
        Expect(K.RPar);
        Expr? returns = null;
        if (Accept(K.RArrow)) returns = ParseExpression();
        var body = ParseBlock("function definition", start.Line);
        return new FunctionDef(name, args, body, decorators, returns) { Span = SpanTo(start, body) };
    }

    private Stmt ParseClassDef(Token start, IReadOnlyList<Expr> decorators)
    {
        Advance(); // 'class'
        if (Kind != K.Name) throw InvalidSyntax();
        var name = Advance().Text;
        IReadOnlyList<Expr> bases = NoExprs;
        IReadOnlyList<Keyword> keywords = NoKeywords;
        if (Kind == K.LPar)
        {
            var open = Advance();
            ParseCallArguments(open, K.RPar, out bases, out keywords, allowGenexp: false);
            Expect(K.RPar);
        }
        var body = ParseBlock("class definition", start.Line);
        return new ClassDef(name, bases, keywords, body, decorators) { Span = SpanTo(start, body) };
    }

    /// <summary>A parameter list up to <paramref name="close"/> (')' for def, ':' for lambda).</summary>
    private Arguments ParseParameters(K close, bool annotations)
    {
        var posonly = new List<Arg>();
        var args = new List<Arg>();
        var defaults = new List<Expr>();
        var kwonly = new List<Arg>();
        var kwdefaults = new List<Expr?>();
        Arg? vararg = null, kwarg = null;
        var seenSlash = false;
        var seenStar = false;
        if (Kind == close) return Arguments.Empty;
        while (Kind != close)
        {
            if (kwarg is not null) throw ErrorAt(Cur, "arguments cannot follow var-keyword argument");
            if (Kind == K.Slash)
            {
                var slash = Advance();
                if (seenSlash) throw ErrorAt(slash, "/ may appear only once");
                if (seenStar) throw ErrorAt(slash, "/ must be ahead of *");
                if (args.Count == 0) throw posonly.Count == 0 && !seenSlash ? ErrorAt(slash, "invalid syntax") : ErrorAt(slash, "at least one argument must precede /");
                posonly.AddRange(args);
                args.Clear();
                seenSlash = true;
            }
            else if (Kind == K.Star)
            {
                var star = Advance();
                if (seenStar) throw ErrorAt(star, "* argument may appear only once");
                seenStar = true;
                if (Kind == K.Comma || Kind == close)
                {
                    if (Kind == close || KindAt(1) == close || KindAt(1) == K.DoubleStar)
                        throw ErrorAt(star, "named arguments must follow bare *");
                }
                else
                {
                    vararg = ParseParam(annotations, starAnnotation: true);
                    if (Kind == K.Equal) throw ErrorAt(Cur, "var-positional argument cannot have default value");
                }
            }
            else if (Kind == K.DoubleStar)
            {
                Advance();
                kwarg = ParseParam(annotations, starAnnotation: false);
                if (Kind == K.Equal) throw ErrorAt(Cur, "var-keyword argument cannot have default value");
            }
            else
            {
                var a = ParseParam(annotations, starAnnotation: false);
                Expr? def = null;
                if (Accept(K.Equal))
                {
                    if (Kind == K.Comma || Kind == close) throw ErrorAt(Prev, "expected default value expression");
                    def = ParseExpression();
                }
                if (seenStar)
                {
                    kwonly.Add(a);
                    kwdefaults.Add(def);
                }
                else
                {
                    if (def is not null) defaults.Add(def);
                    else if (defaults.Count > 0) throw ErrorAtNode(a, "non-default argument follows default argument");
                    args.Add(a);
                }
            }
            if (!Accept(K.Comma)) break;
        }
        if (Kind != close) throw InvalidSyntax();
        return new Arguments(posonly, args, vararg, kwonly, kwdefaults, kwarg, defaults);
    }

    private Arg ParseParam(bool annotations, bool starAnnotation)
    {
        if (Kind != K.Name) throw InvalidSyntax();
        var t = Advance();
        Expr? ann = null;
        if (annotations && Accept(K.Colon))
            ann = starAnnotation ? ParseStarExpression() : ParseExpression();
        return new Arg(t.Text, ann) { Span = From(t) };
    }
}

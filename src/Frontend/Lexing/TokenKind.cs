namespace PyDbg.Frontend.Lexing;

/// <summary>Token kinds: CPython's token types, with each operator and keyword as its own kind.</summary>
public enum TokenKind : byte
{
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    // operators
    LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper,
    Less, Greater, Equal, Dot, Percent, EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex,
    LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual,
    AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, DoubleStarEqual,
    DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual, Exclamation,
    /// <summary>A character no token starts with ('$', '?', '`'): the parser reports "invalid syntax" at it.</summary>
    ErrorToken,
    // keywords
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
}

public static class Keywords
{
    private static readonly Dictionary<string, TokenKind> Map = new()
    {
        ["False"] = TokenKind.False, ["None"] = TokenKind.None, ["True"] = TokenKind.True,
        ["and"] = TokenKind.And, ["as"] = TokenKind.As, ["assert"] = TokenKind.Assert,
        ["async"] = TokenKind.Async, ["await"] = TokenKind.Await, ["break"] = TokenKind.Break,
        ["class"] = TokenKind.Class, ["continue"] = TokenKind.Continue, ["def"] = TokenKind.Def,
        ["del"] = TokenKind.Del, ["elif"] = TokenKind.Elif, ["else"] = TokenKind.Else,
        ["except"] = TokenKind.Except, ["finally"] = TokenKind.Finally, ["for"] = TokenKind.For,
        ["from"] = TokenKind.From, ["global"] = TokenKind.Global, ["if"] = TokenKind.If,
        ["import"] = TokenKind.Import, ["in"] = TokenKind.In, ["is"] = TokenKind.Is,
        ["lambda"] = TokenKind.Lambda, ["nonlocal"] = TokenKind.Nonlocal, ["not"] = TokenKind.Not,
        ["or"] = TokenKind.Or, ["pass"] = TokenKind.Pass, ["raise"] = TokenKind.Raise,
        ["return"] = TokenKind.Return, ["try"] = TokenKind.Try, ["while"] = TokenKind.While,
        ["with"] = TokenKind.With, ["yield"] = TokenKind.Yield,
    };

    public static TokenKind Classify(string name) => Map.TryGetValue(name, out var k) ? k : TokenKind.Name;

    public static bool IsKeyword(TokenKind kind) => kind >= TokenKind.False;
}

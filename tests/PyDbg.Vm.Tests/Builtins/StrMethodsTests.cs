using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Builtins;

/// <summary>str methods; expected values are CPython 3.11's results (rendered as a simple repr).</summary>
public class StrMethodsTests : BuiltinsTestBase
{
    internal static string Render(PyObject o) => o switch
    {
        PyBool b => b.Value ? "True" : "False",
        PyInt i => i.Big.ToString(),
        PyStr s => "'" + s.Value + "'",
        PyNone => "None",
        PyList l => "[" + string.Join(", ", l.Items.Select(Render)) + "]",
        PyTuple t => "(" + string.Join(", ", t.Items.Select(Render)) + ")",
        _ => "<" + o.Type.Name + ">",
    };

    public static IEnumerable<object[]> Cases()
    {
        yield return new object[] { "hello world", "upper", "'HELLO WORLD'", new PyObject[] {  } };
        yield return new object[] { "Hello World", "lower", "'hello world'", new PyObject[] {  } };
        yield return new object[] { "hello world", "capitalize", "'Hello world'", new PyObject[] {  } };
        yield return new object[] { "hELLO", "capitalize", "'Hello'", new PyObject[] {  } };
        yield return new object[] { "hello world", "title", "'Hello World'", new PyObject[] {  } };
        yield return new object[] { "they're bill's", "title", "'They'Re Bill'S'", new PyObject[] {  } };
        yield return new object[] { "Hello", "swapcase", "'hELLO'", new PyObject[] {  } };
        yield return new object[] { "Stra\u00dfe", "upper", "'STRASSE'", new PyObject[] {  } };
        yield return new object[] { "Stra\u00dfe", "casefold", "'strasse'", new PyObject[] {  } };
        yield return new object[] { "abc", "center", "'   abc   '", new PyObject[] { I(9) } };
        yield return new object[] { "abc", "center", "'**abc***'", new PyObject[] { I(8), S("*") } };
        yield return new object[] { "ab", "center", "'  ab '", new PyObject[] { I(5) } };
        yield return new object[] { "abc", "center", "'abc'", new PyObject[] { I(2) } };
        yield return new object[] { "abc", "ljust", "'abc---'", new PyObject[] { I(6), S("-") } };
        yield return new object[] { "abc", "rjust", "'   abc'", new PyObject[] { I(6) } };
        yield return new object[] { "42", "zfill", "'00042'", new PyObject[] { I(5) } };
        yield return new object[] { "-42", "zfill", "'-00042'", new PyObject[] { I(6) } };
        yield return new object[] { "+4", "zfill", "'+004'", new PyObject[] { I(4) } };
        yield return new object[] { "abc", "zfill", "'abc'", new PyObject[] { I(2) } };
        yield return new object[] { "hello", "find", "2", new PyObject[] { S("l") } };
        yield return new object[] { "hello", "find", "3", new PyObject[] { S("l"), I(3) } };
        yield return new object[] { "hello", "find", "-1", new PyObject[] { S("z") } };
        yield return new object[] { "hello", "find", "5", new PyObject[] { S(""), I(5) } };
        yield return new object[] { "hello", "find", "-1", new PyObject[] { S(""), I(6) } };
        yield return new object[] { "hello", "rfind", "3", new PyObject[] { S("l") } };
        yield return new object[] { "hello", "rfind", "2", new PyObject[] { S("l"), I(0), I(3) } };
        yield return new object[] { "hello", "find", "3", new PyObject[] { S("lo"), I(-2) } };
        yield return new object[] { "hello", "rfind", "5", new PyObject[] { S("") } };
        yield return new object[] { "hello", "index", "1", new PyObject[] { S("e") } };
        yield return new object[] { "hello", "rindex", "3", new PyObject[] { S("l") } };
        yield return new object[] { "banana", "count", "3", new PyObject[] { S("a") } };
        yield return new object[] { "banana", "count", "2", new PyObject[] { S("an") } };
        yield return new object[] { "banana", "count", "7", new PyObject[] { S("") } };
        yield return new object[] { "banana", "count", "1", new PyObject[] { S("a"), I(2), I(4) } };
        yield return new object[] { "aaaa", "count", "2", new PyObject[] { S("aa") } };
        yield return new object[] { "hello", "startswith", "True", new PyObject[] { S("he") } };
        yield return new object[] { "hello", "startswith", "True", new PyObject[] { T(S("x"), S("h")) } };
        yield return new object[] { "hello", "startswith", "True", new PyObject[] { S("l"), I(2) } };
        yield return new object[] { "hello", "endswith", "True", new PyObject[] { S("lo") } };
        yield return new object[] { "hello", "endswith", "True", new PyObject[] { S("l"), I(0), I(4) } };
        yield return new object[] { "hello", "startswith", "False", new PyObject[] { S(""), I(6) } };
        yield return new object[] { "hello", "endswith", "True", new PyObject[] { T(S("a"), S("o")) } };
        yield return new object[] { "a-b-c", "replace", "'a+b+c'", new PyObject[] { S("-"), S("+") } };
        yield return new object[] { "a-b-c", "replace", "'a+b-c'", new PyObject[] { S("-"), S("+"), I(1) } };
        yield return new object[] { "abc", "replace", "'-a-b-c-'", new PyObject[] { S(""), S("-") } };
        yield return new object[] { "abc", "replace", "'-a-bc'", new PyObject[] { S(""), S("-"), I(2) } };
        yield return new object[] { "aaa", "replace", "'bbbbbb'", new PyObject[] { S("a"), S("bb") } };
        yield return new object[] { "abc", "replace", "'abc'", new PyObject[] { S("x"), S("y") } };
        yield return new object[] { "a,b,c", "partition", "('a', ',', 'b,c')", new PyObject[] { S(",") } };
        yield return new object[] { "a,b,c", "rpartition", "('a,b', ',', 'c')", new PyObject[] { S(",") } };
        yield return new object[] { "abc", "partition", "('abc', '', '')", new PyObject[] { S(",") } };
        yield return new object[] { "abc", "rpartition", "('', '', 'abc')", new PyObject[] { S(",") } };
        yield return new object[] { "TestCase", "removeprefix", "'Case'", new PyObject[] { S("Test") } };
        yield return new object[] { "TestCase", "removesuffix", "'Test'", new PyObject[] { S("Case") } };
        yield return new object[] { "abc", "removeprefix", "'abc'", new PyObject[] { S("x") } };
        yield return new object[] { "  a b  c  ", "split", "['a', 'b', 'c']", new PyObject[] {  } };
        yield return new object[] { "a,b,,c", "split", "['a', 'b', '', 'c']", new PyObject[] { S(",") } };
        yield return new object[] { "a,b,c", "split", "['a', 'b,c']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { "  a b  c  ", "split", "['a', 'b  c  ']", new PyObject[] { PyNone.Instance, I(1) } };
        yield return new object[] { "  a b  c  ", "rsplit", "['  a b', 'c']", new PyObject[] { PyNone.Instance, I(1) } };
        yield return new object[] { "a,b,c", "rsplit", "['a,b', 'c']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { "", "split", "[]", new PyObject[] {  } };
        yield return new object[] { "", "split", "['']", new PyObject[] { S(",") } };
        yield return new object[] { "a\tb\nc\u001cd", "split", "['a', 'b', 'c', 'd']", new PyObject[] {  } };
        yield return new object[] { "a--b--c", "split", "['a', 'b', 'c']", new PyObject[] { S("--") } };
        yield return new object[] { "a--b--c", "rsplit", "['a', 'b', 'c']", new PyObject[] { S("--") } };
        yield return new object[] { ",a,", "split", "['', 'a', '']", new PyObject[] { S(",") } };
        yield return new object[] { "abcabc", "rsplit", "['a', 'a', '']", new PyObject[] { S("bc") } };
        yield return new object[] { "a\nb\r\nc\rd\u000be\ff\u001cg\u0085h\u2028i", "splitlines", "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']", new PyObject[] {  } };
        yield return new object[] { "a\nb\r\n", "splitlines", "['a\n', 'b\r\n']", new PyObject[] { PyBool.True } };
        yield return new object[] { "", "splitlines", "[]", new PyObject[] {  } };
        yield return new object[] { "a\n\nb", "splitlines", "['a', '', 'b']", new PyObject[] {  } };
        yield return new object[] { ",", "join", "'a,b,c'", new PyObject[] { L(S("a"), S("b"), S("c")) } };
        yield return new object[] { "", "join", "''", new PyObject[] { L() } };
        yield return new object[] { "-", "join", "'x'", new PyObject[] { L(S("x")) } };
        yield return new object[] { "  hi  ", "strip", "'hi'", new PyObject[] {  } };
        yield return new object[] { "  hi  ", "lstrip", "'hi  '", new PyObject[] {  } };
        yield return new object[] { "  hi  ", "rstrip", "'  hi'", new PyObject[] {  } };
        yield return new object[] { "xxhixx", "strip", "'hi'", new PyObject[] { S("x") } };
        yield return new object[] { "abcba", "strip", "'c'", new PyObject[] { S("ab") } };
        yield return new object[] { "\t\n hi\u001f", "strip", "'hi'", new PyObject[] {  } };
        yield return new object[] { "abc", "isalpha", "True", new PyObject[] {  } };
        yield return new object[] { "ab1", "isalpha", "False", new PyObject[] {  } };
        yield return new object[] { "", "isalpha", "False", new PyObject[] {  } };
        yield return new object[] { "123", "isdigit", "True", new PyObject[] {  } };
        yield return new object[] { "12a", "isdigit", "False", new PyObject[] {  } };
        yield return new object[] { "\u00b2", "isdigit", "True", new PyObject[] {  } };
        yield return new object[] { "\u00b2", "isdecimal", "False", new PyObject[] {  } };
        yield return new object[] { "\u00bd", "isnumeric", "True", new PyObject[] {  } };
        yield return new object[] { "\u00bd", "isdigit", "False", new PyObject[] {  } };
        yield return new object[] { "abc1", "isalnum", "True", new PyObject[] {  } };
        yield return new object[] { "ab c", "isalnum", "False", new PyObject[] {  } };
        yield return new object[] { "   ", "isspace", "True", new PyObject[] {  } };
        yield return new object[] { "", "isspace", "False", new PyObject[] {  } };
        yield return new object[] { "\u001c", "isspace", "True", new PyObject[] {  } };
        yield return new object[] { "abc", "islower", "True", new PyObject[] {  } };
        yield return new object[] { "aBc", "islower", "False", new PyObject[] {  } };
        yield return new object[] { "123", "islower", "False", new PyObject[] {  } };
        yield return new object[] { "ABC", "isupper", "True", new PyObject[] {  } };
        yield return new object[] { "A1", "isupper", "True", new PyObject[] {  } };
        yield return new object[] { "Hello World", "istitle", "True", new PyObject[] {  } };
        yield return new object[] { "Hello world", "istitle", "False", new PyObject[] {  } };
        yield return new object[] { "", "istitle", "False", new PyObject[] {  } };
        yield return new object[] { "A", "istitle", "True", new PyObject[] {  } };
        yield return new object[] { "abc", "isascii", "True", new PyObject[] {  } };
        yield return new object[] { "\u00e9", "isascii", "False", new PyObject[] {  } };
        yield return new object[] { "", "isascii", "True", new PyObject[] {  } };
        yield return new object[] { "abc", "isidentifier", "True", new PyObject[] {  } };
        yield return new object[] { "_a1", "isidentifier", "True", new PyObject[] {  } };
        yield return new object[] { "1a", "isidentifier", "False", new PyObject[] {  } };
        yield return new object[] { "", "isidentifier", "False", new PyObject[] {  } };
        yield return new object[] { "abc", "isprintable", "True", new PyObject[] {  } };
        yield return new object[] { "a\nb", "isprintable", "False", new PyObject[] {  } };
        yield return new object[] { "", "isprintable", "True", new PyObject[] {  } };
        yield return new object[] { "a\tb", "expandtabs", "'a       b'", new PyObject[] {  } };
        yield return new object[] { "a\tb\tc", "expandtabs", "'a   b   c'", new PyObject[] { I(4) } };
        yield return new object[] { "ab\ncd\tx", "expandtabs", "'ab\ncd  x'", new PyObject[] { I(4) } };
        yield return new object[] { "abc", "isdecimal", "False", new PyObject[] {  } };
    }

    public static IEnumerable<object[]> ErrorCases()
    {
        yield return new object[] { "a", "split", "TypeError: must be str or None, not int", new PyObject[] { I(1) } };
        yield return new object[] { "a", "split", "TypeError: split() takes at most 2 arguments (3 given)", new PyObject[] { I(1), I(2), I(3) } };
        yield return new object[] { "a", "split", "ValueError: empty separator", new PyObject[] { S("") } };
        yield return new object[] { "a", "join", "TypeError: can only join an iterable", new PyObject[] { I(1) } };
        yield return new object[] { "a", "join", "TypeError: sequence item 0: expected str instance, int found", new PyObject[] { L(I(1)) } };
        yield return new object[] { "a", "join", "TypeError: sequence item 1: expected str instance, int found", new PyObject[] { L(S("x"), I(2)) } };
        yield return new object[] { "abc", "index", "ValueError: substring not found", new PyObject[] { S("z") } };
        yield return new object[] { "abc", "rindex", "ValueError: substring not found", new PyObject[] { S("z") } };
        yield return new object[] { "a", "center", "TypeError: center expected at least 1 argument, got 0", new PyObject[] {  } };
        yield return new object[] { "a", "center", "TypeError: The fill character must be exactly one character long", new PyObject[] { I(3), S("ab") } };
        yield return new object[] { "a", "center", "TypeError: The fill character must be a unicode character, not int", new PyObject[] { I(3), I(1) } };
        yield return new object[] { "a", "startswith", "TypeError: startswith first arg must be str or a tuple of str, not int", new PyObject[] { I(1) } };
        yield return new object[] { "a", "startswith", "TypeError: tuple for startswith must only contain str, not int", new PyObject[] { T(I(1)) } };
        yield return new object[] { "a", "count", "TypeError: count() takes at least 1 argument (0 given)", new PyObject[] {  } };
        yield return new object[] { "a", "find", "TypeError: must be str, not int", new PyObject[] { I(1) } };
        yield return new object[] { "a", "replace", "TypeError: replace expected at least 2 arguments, got 1", new PyObject[] { S("a") } };
        yield return new object[] { "a", "replace", "TypeError: replace() argument 1 must be str, not int", new PyObject[] { I(1), S("b") } };
        yield return new object[] { "a", "zfill", "TypeError: 'str' object cannot be interpreted as an integer", new PyObject[] { S("a") } };
        yield return new object[] { "a", "removeprefix", "TypeError: removeprefix() argument must be str, not int", new PyObject[] { I(1) } };
        yield return new object[] { "a", "strip", "TypeError: strip arg must be None or str", new PyObject[] { I(1) } };
        yield return new object[] { "a", "splitlines", "TypeError: splitlines() takes at most 1 argument (2 given)", new PyObject[] { I(1), I(2) } };
        yield return new object[] { "a", "partition", "ValueError: empty separator", new PyObject[] { S("") } };
        yield return new object[] { "a", "partition", "TypeError: must be str, not int", new PyObject[] { I(1) } };
        yield return new object[] { "a", "upper", "TypeError: str.upper() takes no arguments (1 given)", new PyObject[] { I(1) } };
        yield return new object[] { "a", "ljust", "TypeError: The fill character must be exactly one character long", new PyObject[] { I(2), S("") } };
        yield return new object[] { "a", "find", "TypeError: find() takes at most 3 arguments (4 given)", new PyObject[] { S("a"), I(1), I(2), I(3) } };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MethodResults(string receiver, string method, string expected, PyObject[] args) =>
        Render(M(S(receiver), method, args)).Should().Be(expected);

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void MethodErrors(string receiver, string method, string expected, PyObject[] args) =>
        Raises(() => M(S(receiver), method, args)).Should().Be(expected);

    [Fact]
    public void SplitAcceptsKeywords()
    {
        Render(MK(S("a b c"), "split", new PyObject[] { I(1) }, new[] { "maxsplit" })).Should().Be("['a', 'b c']");
        Render(MK(S("a,b,c"), "rsplit", new PyObject[] { S(","), I(1) }, new[] { "sep", "maxsplit" })).Should().Be("['a,b', 'c']");
        Raises(() => MK(S("a"), "split", new PyObject[] { I(1) }, new[] { "x" })).Should().Be("TypeError: 'x' is an invalid keyword argument for split()");
    }

    [Fact]
    public void UnboundDescriptorChecksReceiver()
    {
        var upper = (PyMethodDescriptor)PyType.Str.Dict["upper"];
        Render(upper.Func(S("a"), ReadOnlySpan<PyObject>.Empty, null)).Should().Be("'A'");
        Raises(() => upper.Func(I(1), ReadOnlySpan<PyObject>.Empty, null))
            .Should().Be("TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object");
    }

    [Fact]
    public void TranslateAndMaketrans()
    {
        var maketrans = (PyBuiltinFunction)PyType.Str.Dict["maketrans"];
        var table = maketrans.Func(new PyObject[] { S("abc"), S("xyz"), S("d") }, null);
        Render(M(S("abcdef"), "translate", table)).Should().Be("'xyzef'");
        Raises(() => maketrans.Func(new PyObject[] { S("ab"), S("x") }, null))
            .Should().Be("ValueError: the first two maketrans arguments must have equal length");
    }
}

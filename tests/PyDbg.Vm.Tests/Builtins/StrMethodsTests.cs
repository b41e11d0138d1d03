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

    /// <summary>Randomised receivers/arguments (seeded) with CPython's results.</summary>
    public static IEnumerable<object[]> GeneratedCases()
    {
        yield return new object[] { ",\n,\n\n\n\ta ", "split", "[',\n,\n\n\n\ta ']", new PyObject[] { PyNone.Instance, I(0) } };
        yield return new object[] { ",", "rsplit", "['', '']", new PyObject[] { S(","), I(2) } };
        yield return new object[] { "a\tba\nb ,", "split", "['a\tba\nb ,']", new PyObject[] { S(" "), I(0) } };
        yield return new object[] { "b", "rsplit", "['b']", new PyObject[] { S(","), I(0) } };
        yield return new object[] { "", "split", "['']", new PyObject[] { S(","), I(0) } };
        yield return new object[] { "b,", "rsplit", "['b,']", new PyObject[] { S(","), I(0) } };
        yield return new object[] { "\nb", "rsplit", "['\nb']", new PyObject[] { S("ab"), I(-1) } };
        yield return new object[] { " bb,a", "rsplit", "[' bb,a']", new PyObject[] { S("ab"), I(-1) } };
        yield return new object[] { "\n\n,a,,, \n", "rsplit", "['\n\n,a,', '', ' \n']", new PyObject[] { S(","), I(2) } };
        yield return new object[] { "\nba,a\n,", "rsplit", "['ba,a', ',']", new PyObject[] { PyNone.Instance, I(2) } };
        yield return new object[] { " \ta a", "split", "[' \ta a']", new PyObject[] { S("b"), I(0) } };
        yield return new object[] { "b", "rsplit", "['b']", new PyObject[] { S("ab"), I(1) } };
        yield return new object[] { ", a\t\n,,a", "rsplit", "[', a\t\n,,a']", new PyObject[] { PyNone.Instance, I(0) } };
        yield return new object[] { "\t\t,b,", "rsplit", "['\t\t,', ',']", new PyObject[] { S("b"), I(-1) } };
        yield return new object[] { "\n,,b", "split", "['\n', ',b']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { "b\naa\t\t ", "split", "['b\naa\t\t ']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { " \n b", "split", "['b']", new PyObject[] { PyNone.Instance, I(2) } };
        yield return new object[] { "bb\n\tb", "rsplit", "['bb\n\tb']", new PyObject[] { PyNone.Instance, I(0) } };
        yield return new object[] { ",ba ,b", "rsplit", "[',ba ,b']", new PyObject[] { S("b"), I(0) } };
        yield return new object[] { "  \n\n, ,,", "rsplit", "['  \n\n, ,,']", new PyObject[] { S(" "), I(0) } };
        yield return new object[] { " ", "split", "['', '']", new PyObject[] { S(" "), I(1) } };
        yield return new object[] { "a ", "rsplit", "['a ']", new PyObject[] { S("b"), I(1) } };
        yield return new object[] { ",", "split", "[',']", new PyObject[] { S("ab"), I(1) } };
        yield return new object[] { "\n\n, ,\n\n,", "rsplit", "['\n\n', ' ', '\n\n', '']", new PyObject[] { S(","), I(-1) } };
        yield return new object[] { "\t,,\n, ,", "rsplit", "['\t,,\n, ,']", new PyObject[] { S("ab"), I(1) } };
        yield return new object[] { "\n ,b\n", "rsplit", "['\n ,b\n']", new PyObject[] { S("ab"), I(1) } };
        yield return new object[] { "b\tbb, ,\n", "split", "['b\tbb, ,\n']", new PyObject[] { S(" "), I(0) } };
        yield return new object[] { "\t\t\n ,\t\t\n,", "split", "['\t\t\n ,\t\t\n,']", new PyObject[] { S(","), I(0) } };
        yield return new object[] { " \t\nbb\nb\n\n", "split", "[' \t\nbb\nb\n\n']", new PyObject[] { S(" "), I(0) } };
        yield return new object[] { "ab", "split", "['ab']", new PyObject[] { S("ab"), I(0) } };
        yield return new object[] { "b\ta  , ", "split", "['b\ta  , ']", new PyObject[] { S("b"), I(0) } };
        yield return new object[] { "\n,a", "rsplit", "['\n,a']", new PyObject[] { S(" "), I(1) } };
        yield return new object[] { "a\n\t,a\t", "rsplit", "['a', ',a']", new PyObject[] { PyNone.Instance, I(1) } };
        yield return new object[] { "\t,\t,,b  ", "rsplit", "['\t,\t,,b  ']", new PyObject[] { S(" "), I(0) } };
        yield return new object[] { "\t ", "rsplit", "['\t ']", new PyObject[] { S(","), I(0) } };
        yield return new object[] { "a,\na a,\t\t", "split", "['a,\na a,\t\t']", new PyObject[] { S("ab"), I(2) } };
        yield return new object[] { " b , \n", "rsplit", "[' b , \n']", new PyObject[] { S(" "), I(0) } };
        yield return new object[] { "\t,\n, , a,", "rsplit", "['\t,\n, ,', 'a,']", new PyObject[] { S(" "), I(1) } };
        yield return new object[] { " a", "split", "[' a']", new PyObject[] { S("b"), I(2) } };
        yield return new object[] { ",ab", "rsplit", "[',ab']", new PyObject[] { PyNone.Instance, I(2) } };
        yield return new object[] { "\t,b ab ,", "split", "['\t,b ', ' ,']", new PyObject[] { S("ab"), I(1) } };
        yield return new object[] { "\t \t\n\t\na", "split", "['\t \t\n\t\na']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { "\t\n,\t", "rsplit", "['\t\n,\t']", new PyObject[] { S("b"), I(-1) } };
        yield return new object[] { ",,\n\n\tba", "split", "[',,\n\n\tba']", new PyObject[] { S("ab"), I(2) } };
        yield return new object[] { "\n", "split", "[]", new PyObject[] { PyNone.Instance, I(2) } };
        yield return new object[] { "\t\t\n\n\n\n", "rsplit", "['\t\t\n\n\n\n']", new PyObject[] { S(" "), I(2) } };
        yield return new object[] { "\n\nb, a", "rsplit", "['b,', 'a']", new PyObject[] { PyNone.Instance, I(2) } };
        yield return new object[] { ",\n ,bb \n\t", "rsplit", "[',\n ,bb \n\t']", new PyObject[] { S("ab"), I(0) } };
        yield return new object[] { "\t\taa\nb", "rsplit", "['aa', 'b']", new PyObject[] { PyNone.Instance, I(-1) } };
        yield return new object[] { "", "rsplit", "['']", new PyObject[] { S(" "), I(-1) } };
        yield return new object[] { "\n aaab", "split", "['\n aaab']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { "bb\tb ba", "split", "['bb', 'b', 'ba']", new PyObject[] { PyNone.Instance, I(-1) } };
        yield return new object[] { "\na,a\t\t", "split", "['\na,a\t\t']", new PyObject[] { S(" "), I(0) } };
        yield return new object[] { "", "rsplit", "[]", new PyObject[] { PyNone.Instance, I(1) } };
        yield return new object[] { "  ,\n,ab\n,", "split", "['  ,\n,a', '\n,']", new PyObject[] { S("b"), I(1) } };
        yield return new object[] { "\t\tb,a\tb,", "rsplit", "['\t\tb,a\tb,']", new PyObject[] { S("b"), I(0) } };
        yield return new object[] { ", \n", "rsplit", "[', \n']", new PyObject[] { S(","), I(0) } };
        yield return new object[] { "", "rsplit", "[]", new PyObject[] { PyNone.Instance, I(-1) } };
        yield return new object[] { "a", "rsplit", "['a']", new PyObject[] { S(","), I(2) } };
        yield return new object[] { " ,a\ta\t\n", "rsplit", "[' ,a\ta']", new PyObject[] { PyNone.Instance, I(0) } };
        yield return new object[] { "\nb\naa\n", "rsplit", "['\nb\naa\n']", new PyObject[] { S(","), I(0) } };
        yield return new object[] { " ,b,,\t\n, ", "rsplit", "[' ,b,,\t\n', ' ']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { "\n ,\t", "split", "['\n ,\t']", new PyObject[] { S("b"), I(0) } };
        yield return new object[] { " a", "split", "['a']", new PyObject[] { PyNone.Instance, I(-1) } };
        yield return new object[] { "bb", "split", "['bb']", new PyObject[] { S(" "), I(2) } };
        yield return new object[] { "a  ,\t", "rsplit", "['a  ,\t']", new PyObject[] { S("ab"), I(2) } };
        yield return new object[] { "abb\nba,", "rsplit", "['abb\nba,']", new PyObject[] { S(" "), I(0) } };
        yield return new object[] { ",a,b,\nba", "rsplit", "[',a,b,', 'ba']", new PyObject[] { PyNone.Instance, I(1) } };
        yield return new object[] { ",a\na\n", "rsplit", "[',a\na\n']", new PyObject[] { S(" "), I(0) } };
        yield return new object[] { "\n", "rsplit", "['\n']", new PyObject[] { S("ab"), I(2) } };
        yield return new object[] { "\nba", "split", "['ba']", new PyObject[] { PyNone.Instance, I(0) } };
        yield return new object[] { "\t", "rsplit", "['\t']", new PyObject[] { S("ab"), I(1) } };
        yield return new object[] { " ,", "rsplit", "[',']", new PyObject[] { PyNone.Instance, I(2) } };
        yield return new object[] { "bb", "split", "['bb']", new PyObject[] { PyNone.Instance, I(2) } };
        yield return new object[] { "a a ", "rsplit", "['a a ']", new PyObject[] { S(","), I(-1) } };
        yield return new object[] { "", "rsplit", "[]", new PyObject[] { PyNone.Instance, I(-1) } };
        yield return new object[] { " a ", "split", "[' a ']", new PyObject[] { S(","), I(-1) } };
        yield return new object[] { " aa,  ,", "split", "['aa,  ,']", new PyObject[] { PyNone.Instance, I(0) } };
        yield return new object[] { "\n\t", "rsplit", "['\n\t']", new PyObject[] { S(","), I(0) } };
        yield return new object[] { ",", "split", "[',']", new PyObject[] { PyNone.Instance, I(0) } };
        yield return new object[] { "a\nb\ta \t, ", "rsplit", "['a\n', '\ta \t, ']", new PyObject[] { S("b"), I(2) } };
        yield return new object[] { "\nb\na,\n b", "split", "['\nb\na', '\n b']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { "a, ,bb\t", "split", "['a, ,bb\t']", new PyObject[] { S(" "), I(0) } };
        yield return new object[] { " ", "split", "[' ']", new PyObject[] { S("ab"), I(-1) } };
        yield return new object[] { "\nba\nb,,", "split", "['ba', 'b,,']", new PyObject[] { PyNone.Instance, I(2) } };
        yield return new object[] { " \ta,\n", "split", "[' \ta,\n']", new PyObject[] { S("b"), I(-1) } };
        yield return new object[] { "b\n\na\na\n", "rsplit", "['b\n\na\na\n']", new PyObject[] { S("ab"), I(-1) } };
        yield return new object[] { "\tb,a,b", "split", "['\tb,a,b']", new PyObject[] { S("ab"), I(2) } };
        yield return new object[] { ",aa\t\n", "split", "[',aa']", new PyObject[] { PyNone.Instance, I(-1) } };
        yield return new object[] { "", "split", "['']", new PyObject[] { S("ab"), I(2) } };
        yield return new object[] { "\tab\t", "rsplit", "['\tab\t']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { ",,a", "split", "[',,a']", new PyObject[] { S("b"), I(0) } };
        yield return new object[] { ",", "split", "['', '']", new PyObject[] { S(","), I(2) } };
        yield return new object[] { " a,, b", "rsplit", "[' a,, ', '']", new PyObject[] { S("b"), I(2) } };
        yield return new object[] { " a", "split", "[' a']", new PyObject[] { S("b"), I(2) } };
        yield return new object[] { "\taab \na", "split", "['aab', 'a']", new PyObject[] { PyNone.Instance, I(-1) } };
        yield return new object[] { "b \n,  bb,", "split", "['b \n,  bb,']", new PyObject[] { S("ab"), I(1) } };
        yield return new object[] { ",,b", "split", "[',,', '']", new PyObject[] { S("b"), I(2) } };
        yield return new object[] { ",bbb  ", "split", "[',bbb  ']", new PyObject[] { PyNone.Instance, I(0) } };
        yield return new object[] { "a\n,b, ", "rsplit", "['a\n,', ', ']", new PyObject[] { S("b"), I(-1) } };
        yield return new object[] { " \na", "split", "[' \na']", new PyObject[] { S("b"), I(0) } };
        yield return new object[] { "a,\na\t,", "rsplit", "['a,\na\t,']", new PyObject[] { S("b"), I(2) } };
        yield return new object[] { "\n\n  \t\n\t\n", "split", "['\n\n  \t\n\t\n']", new PyObject[] { S("b"), I(0) } };
        yield return new object[] { ",\ta\n\tb", "rsplit", "[',\ta\n\tb']", new PyObject[] { S("ab"), I(-1) } };
        yield return new object[] { "", "split", "['']", new PyObject[] { S("ab"), I(2) } };
        yield return new object[] { "a,\nb", "split", "['a,', 'b']", new PyObject[] { PyNone.Instance, I(-1) } };
        yield return new object[] { ",\n\n\t", "split", "[',\n\n\t']", new PyObject[] { S(" "), I(-1) } };
        yield return new object[] { "b", "rsplit", "['', '']", new PyObject[] { S("b"), I(2) } };
        yield return new object[] { "a\n  b\n", "split", "['a\n  ', '\n']", new PyObject[] { S("b"), I(1) } };
        yield return new object[] { ",a\n\t\n\n", "rsplit", "['', 'a\n\t\n\n']", new PyObject[] { S(","), I(-1) } };
        yield return new object[] { ",,,", "split", "['', '', '', '']", new PyObject[] { S(","), I(-1) } };
        yield return new object[] { "bb\na\t\t", "rsplit", "['bb\na\t\t']", new PyObject[] { S(" "), I(0) } };
        yield return new object[] { " \t\tb, ", "rsplit", "['b,']", new PyObject[] { PyNone.Instance, I(1) } };
        yield return new object[] { " a", "split", "['a']", new PyObject[] { PyNone.Instance, I(1) } };
        yield return new object[] { "\t\t\tb b,\ta", "rsplit", "['b', 'b,', 'a']", new PyObject[] { PyNone.Instance, I(-1) } };
        yield return new object[] { "b\ta,b \n", "rsplit", "['b\ta', 'b \n']", new PyObject[] { S(","), I(2) } };
        yield return new object[] { "a", "split", "['a']", new PyObject[] { S(","), I(-1) } };
        yield return new object[] { ",", "split", "[',']", new PyObject[] { S("ab"), I(-1) } };
        yield return new object[] { " \n,b\n\t\t\na", "rsplit", "[',b', 'a']", new PyObject[] { PyNone.Instance, I(-1) } };
        yield return new object[] { "b,,", "split", "['b,,']", new PyObject[] { S(" "), I(-1) } };
        yield return new object[] { " \t ", "rsplit", "[]", new PyObject[] { PyNone.Instance, I(-1) } };
        yield return new object[] { ",b\na  ,\na", "rsplit", "[',b\na  ,\na']", new PyObject[] { S("ab"), I(-1) } };
        yield return new object[] { " ", "rsplit", "[' ']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { "b, \n\na", "split", "['b, \n\na']", new PyObject[] { S("ab"), I(2) } };
        yield return new object[] { "a\t ab", "rsplit", "['a\t ab']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { "b", "rsplit", "['b']", new PyObject[] { PyNone.Instance, I(2) } };
        yield return new object[] { "b\t ba ", "rsplit", "['b\t ba ']", new PyObject[] { S(","), I(-1) } };
        yield return new object[] { "", "split", "['']", new PyObject[] { S("ab"), I(-1) } };
        yield return new object[] { "", "rsplit", "['']", new PyObject[] { S("b"), I(2) } };
        yield return new object[] { "\taabb ", "split", "['\taabb', '']", new PyObject[] { S(" "), I(-1) } };
        yield return new object[] { "\t\n \t", "split", "[]", new PyObject[] { PyNone.Instance, I(0) } };
        yield return new object[] { "\t \t\n\n\t", "split", "['\t \t\n\n\t']", new PyObject[] { S(","), I(-1) } };
        yield return new object[] { "\n   ab", "rsplit", "['\n   ab']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { " a,", "split", "['', 'a,']", new PyObject[] { S(" "), I(2) } };
        yield return new object[] { ",b ", "rsplit", "[',b ']", new PyObject[] { S("ab"), I(-1) } };
        yield return new object[] { "b", "rsplit", "['b']", new PyObject[] { PyNone.Instance, I(-1) } };
        yield return new object[] { "a bb\na", "rsplit", "['a bb\na']", new PyObject[] { S("ab"), I(2) } };
        yield return new object[] { " b", "split", "[' b']", new PyObject[] { S("ab"), I(-1) } };
        yield return new object[] { "", "split", "['']", new PyObject[] { S(" "), I(-1) } };
        yield return new object[] { "b\n,,", "split", "['b\n', ',']", new PyObject[] { S(","), I(1) } };
        yield return new object[] { "\n\ta,aa\n ", "rsplit", "['\n\ta,aa\n ']", new PyObject[] { S("ab"), I(1) } };
        yield return new object[] { "\t\t b\tb,", "split", "['\t\t ', '\t', ',']", new PyObject[] { S("b"), I(-1) } };
        yield return new object[] { "bb \n\na", "split", "['bb \n\na']", new PyObject[] { PyNone.Instance, I(0) } };
        yield return new object[] { "b\t\n\tb,", "split", "['b\t\n\tb,']", new PyObject[] { S("b"), I(0) } };
        yield return new object[] { "", "rsplit", "['']", new PyObject[] { S("ab"), I(-1) } };
        yield return new object[] { ",  a\na,\t", "rsplit", "[',  a\na,\t']", new PyObject[] { S("b"), I(2) } };
        yield return new object[] { ",b\t\na\n", "rsplit", "[',b\t\na']", new PyObject[] { PyNone.Instance, I(0) } };
        yield return new object[] { "\t a\t,\t, ", "split", "['\t', 'a\t,\t, ']", new PyObject[] { S(" "), I(1) } };
        yield return new object[] { " ", "split", "[' ']", new PyObject[] { S("b"), I(0) } };
        yield return new object[] { " aa\naa,b,", "rsplit", "[' aa\naa,b,']", new PyObject[] { S("ab"), I(1) } };
        yield return new object[] { "acabbac", "count", "1", new PyObject[] { S("a"), I(-2), I(-1) } };
        yield return new object[] { "acacacb", "endswith", "True", new PyObject[] { S("") } };
        yield return new object[] { "ccaacba", "startswith", "True", new PyObject[] { S("cc") } };
        yield return new object[] { "c", "find", "-1", new PyObject[] { S("cc") } };
        yield return new object[] { "bccccac", "count", "5", new PyObject[] { S(""), I(3) } };
        yield return new object[] { "bbabccb", "startswith", "False", new PyObject[] { S("a"), I(-3) } };
        yield return new object[] { "baa", "count", "0", new PyObject[] { S(""), I(4), I(5) } };
        yield return new object[] { "aaabac", "endswith", "True", new PyObject[] { S("c") } };
        yield return new object[] { "bcbcca", "endswith", "True", new PyObject[] { S(""), I(-4), I(4) } };
        yield return new object[] { "bbca", "rfind", "-1", new PyObject[] { S("b"), I(2) } };
        yield return new object[] { "cccaaca", "count", "0", new PyObject[] { S(""), I(-6), I(0) } };
        yield return new object[] { "ac", "startswith", "True", new PyObject[] { S("") } };
        yield return new object[] { "bababc", "count", "3", new PyObject[] { S("b"), I(-7) } };
        yield return new object[] { "a", "find", "0", new PyObject[] { S("") } };
        yield return new object[] { "baabacc", "count", "0", new PyObject[] { S("ac"), I(7) } };
        yield return new object[] { "b", "startswith", "True", new PyObject[] { S("") } };
        yield return new object[] { "a", "endswith", "False", new PyObject[] { S("b"), I(-6) } };
        yield return new object[] { "baacabc", "rfind", "7", new PyObject[] { S("") } };
        yield return new object[] { "ba", "startswith", "False", new PyObject[] { S("b"), I(8), I(9) } };
        yield return new object[] { "bacc", "count", "1", new PyObject[] { S("b") } };
        yield return new object[] { "bcc", "find", "-1", new PyObject[] { S("a") } };
        yield return new object[] { "c", "startswith", "False", new PyObject[] { S("c"), I(5), I(-4) } };
        yield return new object[] { "abcbcbc", "find", "-1", new PyObject[] { S("cc") } };
        yield return new object[] { "ccbcb", "endswith", "False", new PyObject[] { S("bc"), I(1) } };
        yield return new object[] { "cb", "count", "0", new PyObject[] { S("b"), I(-5), I(0) } };
        yield return new object[] { "caa", "startswith", "True", new PyObject[] { S(""), I(0), I(4) } };
        yield return new object[] { "bccb", "count", "1", new PyObject[] { S("cc") } };
        yield return new object[] { "cacbbba", "rfind", "-1", new PyObject[] { S("ab") } };
        yield return new object[] { "ca", "startswith", "False", new PyObject[] { S("ab"), I(4), I(-2) } };
        yield return new object[] { "aaca", "endswith", "False", new PyObject[] { S(""), I(7) } };
        yield return new object[] { "acab", "endswith", "False", new PyObject[] { S("cb"), I(-8), I(-1) } };
        yield return new object[] { "", "rfind", "-1", new PyObject[] { S("a") } };
        yield return new object[] { "aab", "startswith", "False", new PyObject[] { S("b") } };
        yield return new object[] { "", "endswith", "False", new PyObject[] { S("bc"), I(-3), I(-9) } };
        yield return new object[] { "caacbaa", "endswith", "True", new PyObject[] { S("a"), I(-4) } };
        yield return new object[] { "", "find", "-1", new PyObject[] { S("a"), I(0), I(-3) } };
        yield return new object[] { "baabca", "rfind", "6", new PyObject[] { S("") } };
        yield return new object[] { "abbcac", "count", "3", new PyObject[] { S(""), I(-2) } };
        yield return new object[] { "caabcbc", "find", "-1", new PyObject[] { S(""), I(8) } };
        yield return new object[] { "c", "endswith", "False", new PyObject[] { S("b") } };
        yield return new object[] { "", "endswith", "False", new PyObject[] { S(""), I(4), I(-6) } };
        yield return new object[] { "", "endswith", "False", new PyObject[] { S("b") } };
        yield return new object[] { "aaccb", "startswith", "False", new PyObject[] { S("c"), I(5), I(1) } };
        yield return new object[] { "abbcba", "rfind", "4", new PyObject[] { S("b") } };
        yield return new object[] { "aacccba", "find", "-1", new PyObject[] { S("bb"), I(-4) } };
        yield return new object[] { "", "count", "0", new PyObject[] { S("ca"), I(7), I(-7) } };
        yield return new object[] { "a", "startswith", "False", new PyObject[] { S("ba") } };
        yield return new object[] { "bcbcac", "endswith", "True", new PyObject[] { S(""), I(0), I(-7) } };
        yield return new object[] { "abbb", "find", "0", new PyObject[] { S("") } };
        yield return new object[] { "abcab", "count", "6", new PyObject[] { S("") } };
        yield return new object[] { "cacabbb", "startswith", "False", new PyObject[] { S("cb") } };
        yield return new object[] { "bcaccbb", "find", "0", new PyObject[] { S(""), I(-7) } };
        yield return new object[] { "", "count", "0", new PyObject[] { S("b") } };
        yield return new object[] { "", "startswith", "True", new PyObject[] { S(""), I(0), I(-8) } };
        yield return new object[] { "c", "find", "0", new PyObject[] { S(""), I(-7), I(0) } };
        yield return new object[] { "bbca", "find", "-1", new PyObject[] { S("b"), I(0), I(-4) } };
        yield return new object[] { "ccccb", "startswith", "False", new PyObject[] { S("ba"), I(-4) } };
        yield return new object[] { "caabb", "count", "1", new PyObject[] { S("c"), I(-6) } };
        yield return new object[] { "baacccb", "count", "2", new PyObject[] { S("a") } };
        yield return new object[] { "bbacab", "endswith", "False", new PyObject[] { S("ba") } };
        yield return new object[] { "acb", "rfind", "-1", new PyObject[] { S("bc") } };
        yield return new object[] { "abbc", "count", "5", new PyObject[] { S("") } };
        yield return new object[] { "abbcaaa", "count", "4", new PyObject[] { S("a") } };
        yield return new object[] { "", "find", "0", new PyObject[] { S("") } };
        yield return new object[] { "aca", "endswith", "False", new PyObject[] { S("b") } };
        yield return new object[] { "baba", "rfind", "2", new PyObject[] { S("ba") } };
        yield return new object[] { "", "endswith", "True", new PyObject[] { S("") } };
        yield return new object[] { "bacb", "find", "1", new PyObject[] { S("a") } };
        yield return new object[] { "bacba", "find", "-1", new PyObject[] { S("bc"), I(3) } };
        yield return new object[] { "cacb", "startswith", "True", new PyObject[] { S(""), I(-9), I(9) } };
        yield return new object[] { "aac", "count", "4", new PyObject[] { S("") } };
        yield return new object[] { "cccabc", "rfind", "-1", new PyObject[] { S(""), I(-4), I(-6) } };
        yield return new object[] { "abcbcba", "endswith", "False", new PyObject[] { S(""), I(9), I(5) } };
        yield return new object[] { "c", "count", "0", new PyObject[] { S("bc") } };
        yield return new object[] { "ca", "count", "0", new PyObject[] { S("b") } };
        yield return new object[] { "bcc", "rfind", "-1", new PyObject[] { S("ac") } };
        yield return new object[] { "caab", "rfind", "-1", new PyObject[] { S("b"), I(-1), I(-7) } };
        yield return new object[] { "bcaca", "find", "-1", new PyObject[] { S("ab"), I(3) } };
        yield return new object[] { "b", "startswith", "False", new PyObject[] { S("a"), I(3), I(6) } };
        yield return new object[] { "", "startswith", "False", new PyObject[] { S("ca"), I(-3), I(7) } };
        yield return new object[] { "bcca", "count", "2", new PyObject[] { S("c"), I(-4), I(3) } };
        yield return new object[] { "ccc", "find", "-1", new PyObject[] { S("a"), I(4) } };
        yield return new object[] { "bb", "startswith", "False", new PyObject[] { S("c") } };
        yield return new object[] { "ccaaa", "find", "-1", new PyObject[] { S("c"), I(5), I(8) } };
        yield return new object[] { "", "rfind", "0", new PyObject[] { S("") } };
        yield return new object[] { "", "find", "-1", new PyObject[] { S("b") } };
        yield return new object[] { "bcccc", "count", "0", new PyObject[] { S("aa"), I(6) } };
        yield return new object[] { "acbab", "find", "2", new PyObject[] { S(""), I(-3) } };
        yield return new object[] { "baca", "startswith", "False", new PyObject[] { S("ac") } };
        yield return new object[] { "bbabb", "find", "2", new PyObject[] { S("a"), I(-5) } };
        yield return new object[] { "abab", "find", "-1", new PyObject[] { S("cb"), I(-1), I(-6) } };
        yield return new object[] { "aaca", "find", "-1", new PyObject[] { S("b") } };
        yield return new object[] { "baabc", "startswith", "False", new PyObject[] { S("a"), I(-6), I(-1) } };
        yield return new object[] { "caaabb", "endswith", "True", new PyObject[] { S("a"), I(-5), I(2) } };
        yield return new object[] { "babb", "endswith", "False", new PyObject[] { S(""), I(5) } };
        yield return new object[] { "abcaaba", "find", "-1", new PyObject[] { S("ac"), I(7), I(3) } };
        yield return new object[] { "ccc", "startswith", "False", new PyObject[] { S("cb"), I(-3), I(-5) } };
        yield return new object[] { "", "find", "0", new PyObject[] { S("") } };
        yield return new object[] { "bcabbba", "rfind", "-1", new PyObject[] { S("b"), I(-1) } };
        yield return new object[] { "c", "endswith", "False", new PyObject[] { S("bc"), I(4), I(-8) } };
        yield return new object[] { "acaaabc", "endswith", "True", new PyObject[] { S("") } };
        yield return new object[] { "c", "startswith", "True", new PyObject[] { S(""), I(-2), I(5) } };
        yield return new object[] { "cababba", "startswith", "False", new PyObject[] { S("a"), I(5), I(1) } };
        yield return new object[] { "ccaac", "count", "0", new PyObject[] { S("cb") } };
        yield return new object[] { "bbaab", "endswith", "True", new PyObject[] { S("b"), I(-1) } };
        yield return new object[] { "cac", "find", "-1", new PyObject[] { S("a"), I(-6), I(-3) } };
        yield return new object[] { "ccbcca", "startswith", "True", new PyObject[] { S(""), I(2) } };
        yield return new object[] { "c", "find", "-1", new PyObject[] { S("b") } };
        yield return new object[] { "bbbbba", "rfind", "6", new PyObject[] { S("") } };
        yield return new object[] { "c", "startswith", "False", new PyObject[] { S("b") } };
        yield return new object[] { "ccbca", "startswith", "True", new PyObject[] { S(""), I(3) } };
        yield return new object[] { "", "endswith", "True", new PyObject[] { S("") } };
        yield return new object[] { "", "endswith", "False", new PyObject[] { S("c") } };
        yield return new object[] { "bccac", "endswith", "True", new PyObject[] { S(""), I(-4), I(9) } };
        yield return new object[] { "bcacb", "rfind", "-1", new PyObject[] { S(""), I(6), I(0) } };
        yield return new object[] { "cbbcbb", "count", "7", new PyObject[] { S(""), I(0) } };
        yield return new object[] { "baa", "find", "-1", new PyObject[] { S("ac"), I(4) } };
        yield return new object[] { "bb", "find", "-1", new PyObject[] { S("c"), I(2), I(1) } };
        yield return new object[] { "accc", "endswith", "False", new PyObject[] { S(""), I(9), I(9) } };
        yield return new object[] { "b", "rfind", "-1", new PyObject[] { S("ab"), I(0), I(-5) } };
        yield return new object[] { "aba", "rfind", "2", new PyObject[] { S("a"), I(-3), I(5) } };
        yield return new object[] { "b", "find", "0", new PyObject[] { S("") } };
        yield return new object[] { "ccb", "endswith", "False", new PyObject[] { S("bb") } };
        yield return new object[] { "cbccbac", "rfind", "-1", new PyObject[] { S("bc"), I(-1), I(-5) } };
        yield return new object[] { "", "startswith", "False", new PyObject[] { S(""), I(4) } };
        yield return new object[] { "cbbbabb", "startswith", "False", new PyObject[] { S("ba"), I(-9), I(8) } };
        yield return new object[] { "", "rfind", "-1", new PyObject[] { S("cc"), I(5) } };
        yield return new object[] { "ccbab", "count", "0", new PyObject[] { S("a"), I(-6), I(-7) } };
        yield return new object[] { "a", "endswith", "True", new PyObject[] { S(""), I(-7) } };
        yield return new object[] { "bbacba", "rfind", "6", new PyObject[] { S("") } };
        yield return new object[] { "cbacba", "endswith", "False", new PyObject[] { S("aa"), I(-3), I(5) } };
        yield return new object[] { "aac", "count", "0", new PyObject[] { S("b") } };
        yield return new object[] { "cacbacc", "find", "1", new PyObject[] { S("ac"), I(-9) } };
        yield return new object[] { "a", "startswith", "False", new PyObject[] { S(""), I(8), I(-2) } };
        yield return new object[] { "acabbaa", "find", "2", new PyObject[] { S("ab") } };
        yield return new object[] { "cbcaa", "rfind", "-1", new PyObject[] { S(""), I(-3), I(-6) } };
        yield return new object[] { "cbacbc", "startswith", "True", new PyObject[] { S("") } };
        yield return new object[] { "aabbab", "endswith", "True", new PyObject[] { S("") } };
        yield return new object[] { "ccccb", "rfind", "3", new PyObject[] { S("c") } };
        yield return new object[] { "aaccc", "count", "2", new PyObject[] { S("a") } };
        yield return new object[] { "c", "rfind", "0", new PyObject[] { S("c") } };
        yield return new object[] { "acbabac", "rfind", "-1", new PyObject[] { S("c"), I(2), I(-3) } };
        yield return new object[] { "aabbba", "count", "0", new PyObject[] { S(""), I(9), I(-9) } };
        yield return new object[] { "ccbcccc", "find", "-1", new PyObject[] { S("b"), I(6), I(3) } };
        yield return new object[] { "c", "count", "0", new PyObject[] { S("cb"), I(-3) } };
        yield return new object[] { "", "find", "-1", new PyObject[] { S("b"), I(4), I(2) } };
        yield return new object[] { "aaba", "count", "5", new PyObject[] { S("") } };
        yield return new object[] { "bc", "find", "-1", new PyObject[] { S(""), I(8), I(-1) } };
        yield return new object[] { "cbab", "count", "0", new PyObject[] { S("b"), I(4), I(-2) } };
        yield return new object[] { "a", "rfind", "-1", new PyObject[] { S("ba"), I(7) } };
        yield return new object[] { "bc cc\t", "rstrip", "'bc cc\t'", new PyObject[] { S("ab ") } };
        yield return new object[] { "a\t bc", "lstrip", "'a\t bc'", new PyObject[] { PyNone.Instance } };
        yield return new object[] { "\n", "splitlines", "['\n']", new PyObject[] { PyBool.True } };
        yield return new object[] { "-a\t", "zfill", "'-00000a\t'", new PyObject[] { I(8) } };
        yield return new object[] { "acc", "lstrip", "'cc'", new PyObject[] { S("ab ") } };
        yield return new object[] { "bbc\ta", "title", "'Bbc\tA'", new PyObject[] {  } };
        yield return new object[] { "ca", "rpartition", "('', 'c', 'a')", new PyObject[] { S("c") } };
        yield return new object[] { "-\t \tb\t", "zfill", "'-\t \tb\t'", new PyObject[] { I(3) } };
        yield return new object[] { "bbb", "title", "'Bbb'", new PyObject[] {  } };
        yield return new object[] { "ccbbc\t", "strip", "'ccbbc\t'", new PyObject[] { S("a") } };
        yield return new object[] { " \t", "expandtabs", "'        '", new PyObject[] {  } };
        yield return new object[] { "bc\t\t", "center", "'****bc\t\t****'", new PyObject[] { I(12), S("*") } };
        yield return new object[] { "c ", "rstrip", "'c'", new PyObject[] {  } };
        yield return new object[] { "+ ba\tbcb", "zfill", "'+ ba\tbcb'", new PyObject[] { I(5) } };
        yield return new object[] { "ca\tb ab", "lstrip", "'ca\tb ab'", new PyObject[] {  } };
        yield return new object[] { " ", "rpartition", "('', '', ' ')", new PyObject[] { S("b ") } };
        yield return new object[] { "bcc", "replace", "'bcc'", new PyObject[] { S("a"), S("XY"), I(2) } };
        yield return new object[] { " bca", "rstrip", "' bca'", new PyObject[] {  } };
        yield return new object[] { " \t\ta", "replace", "' \t\ta'", new PyObject[] { S("c"), S(""), I(2) } };
        yield return new object[] { "\n", "splitlines", "['\n']", new PyObject[] { PyBool.True } };
        yield return new object[] { " cc", "expandtabs", "' cc'", new PyObject[] { I(3) } };
        yield return new object[] { " \nbb\r", "splitlines", "[' ', 'bb']", new PyObject[] {  } };
        yield return new object[] { "\n\r\n b", "splitlines", "['\n', '\r\n', ' b']", new PyObject[] { PyBool.True } };
        yield return new object[] { "  \t\t ", "expandtabs", "'                 '", new PyObject[] {  } };
        yield return new object[] { "bc\t ba", "partition", "('bc\t ba', '', '')", new PyObject[] { S("b ") } };
        yield return new object[] { "b ", "rpartition", "('', '', 'b ')", new PyObject[] { S("a") } };
        yield return new object[] { "cbb\t ", "replace", "'cbb\t '", new PyObject[] { S("b "), S(""), I(2) } };
        yield return new object[] { "b", "center", "'---b----'", new PyObject[] { I(8), S("-") } };
        yield return new object[] { "aa \t b", "rpartition", "('a', 'a', ' \t b')", new PyObject[] { S("a") } };
        yield return new object[] { "", "replace", "''", new PyObject[] { S(""), S(""), I(1) } };
        yield return new object[] { "ab  ca", "strip", "'b  c'", new PyObject[] { S("a") } };
        yield return new object[] { "a", "strip", "'a'", new PyObject[] {  } };
        yield return new object[] { "\n\r\r\n ", "splitlines", "['\n', '\r', '\r\n', ' ']", new PyObject[] { PyBool.True } };
        yield return new object[] { "ca abb", "rpartition", "('', 'c', 'a abb')", new PyObject[] { S("c") } };
        yield return new object[] { "abb\ta", "expandtabs", "'abba'", new PyObject[] { I(0) } };
        yield return new object[] { "\t ", "rpartition", "('', '', '\t ')", new PyObject[] { S("c") } };
        yield return new object[] { "acbb", "title", "'Acbb'", new PyObject[] {  } };
        yield return new object[] { " b", "center", "'- b'", new PyObject[] { I(3), S("-") } };
        yield return new object[] { "b\t", "center", "'----b\t---'", new PyObject[] { I(9), S("-") } };
        yield return new object[] { "\tbbb\tb\t", "title", "'\tBbb\tB\t'", new PyObject[] {  } };
        yield return new object[] { "\tb \tc\tba", "zfill", "'0\tb \tc\tba'", new PyObject[] { I(9) } };
        yield return new object[] { "cca ", "center", "'cca '", new PyObject[] { I(4), S("-") } };
        yield return new object[] { "aaab", "expandtabs", "'aaab'", new PyObject[] { I(3) } };
        yield return new object[] { " bbbb b", "rpartition", "(' bbb', 'b ', 'b')", new PyObject[] { S("b ") } };
        yield return new object[] { "", "partition", "('', '', '')", new PyObject[] { S("a") } };
        yield return new object[] { "-b", "zfill", "'-0000000b'", new PyObject[] { I(9) } };
        yield return new object[] { "bcb\t\t\t", "strip", "'bcb'", new PyObject[] { PyNone.Instance } };
        yield return new object[] { "bcaa", "rstrip", "'bc'", new PyObject[] { S("a") } };
        yield return new object[] { "cb", "rpartition", "('', '', 'cb')", new PyObject[] { S("b ") } };
        yield return new object[] { "bbc\t a ", "title", "'Bbc\t A '", new PyObject[] {  } };
        yield return new object[] { "\tc\ta", "strip", "'\tc\t'", new PyObject[] { S("ab ") } };
        yield return new object[] { " aab", "splitlines", "[' aab']", new PyObject[] { PyBool.True } };
        yield return new object[] { " baa\rbb", "splitlines", "[' baa', 'bb']", new PyObject[] {  } };
        yield return new object[] { "aaaaa", "partition", "('aaaaa', '', '')", new PyObject[] { S("b ") } };
        yield return new object[] { " aac\t\t", "partition", "(' ', 'a', 'ac\t\t')", new PyObject[] { S("a") } };
        yield return new object[] { "aa  bc \t", "partition", "('aa  bc \t', '', '')", new PyObject[] { S("b ") } };
        yield return new object[] { "\t", "expandtabs", "''", new PyObject[] { I(0) } };
        yield return new object[] { "cb", "center", "'-cb'", new PyObject[] { I(3), S("-") } };
        yield return new object[] { " cc\t", "center", "'- cc\t-'", new PyObject[] { I(6), S("-") } };
        yield return new object[] { "\t  \t", "center", "'\t  \t'", new PyObject[] { I(3), S("-") } };
    }

    [Theory]
    [MemberData(nameof(GeneratedCases))]
    public void GeneratedMethodResults(string receiver, string method, string expected, PyObject[] args) =>
        Render(M(S(receiver), method, args)).Should().Be(expected);

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

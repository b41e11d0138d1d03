using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Builtins;

/// <summary>printf-style (str % x) and str.format; expected strings are CPython 3.11's output.</summary>
public class FormattingTests : BuiltinsTestBase
{
    public static IEnumerable<object[]> PercentCases()
    {
        yield return new object[] { "%s", S("x"), "x" };
        yield return new object[] { "%s and %s", T(I(1), S("b")), "1 and b" };
        yield return new object[] { "%d", I(42), "42" };
        yield return new object[] { "%5d|%-5d|", T(I(42), I(42)), "   42|42   |" };
        yield return new object[] { "%05d", I(-42), "-0042" };
        yield return new object[] { "%+d % d", T(I(5), I(5)), "+5  5" };
        yield return new object[] { "%x %X %o", T(I(255), I(255), I(8)), "ff FF 10" };
        yield return new object[] { "%#x %#X %#o", T(I(255), I(255), I(8)), "0xff 0XFF 0o10" };
        yield return new object[] { "%.2f", F(3.14159), "3.14" };
        yield return new object[] { "%10.3f|", F(2.5), "     2.500|" };
        yield return new object[] { "%-10.1f|", F(2.25), "2.2       |" };
        yield return new object[] { "%e", F(12345.678), "1.234568e+04" };
        yield return new object[] { "%.3E", F(0.000123), "1.230E-04" };
        yield return new object[] { "%g %g %g", T(F(0.0001), F(123456789.0), F(100.0)), "0.0001 1.23457e+08 100" };
        yield return new object[] { "%G", F(1e-10), "1E-10" };
        yield return new object[] { "%.0f %.0f", T(F(0.5), F(1.5)), "0 2" };
        yield return new object[] { "%.2f", F(2.675), "2.67" };
        yield return new object[] { "%c%c", T(I(65), S("b")), "Ab" };
        yield return new object[] { "%%", T(), "%" };
        yield return new object[] { "100%%", T(), "100%" };
        yield return new object[] { "%5s|%-5s|", T(S("ab"), S("cd")), "   ab|cd   |" };
        yield return new object[] { "%.2s", S("abcdef"), "ab" };
        yield return new object[] { "%*d", T(I(5), I(3)), "    3" };
        yield return new object[] { "%-*d|", T(I(5), I(3)), "3    |" };
        yield return new object[] { "%.*f", T(I(2), F(3.14159)), "3.14" };
        yield return new object[] { "%i", I(7), "7" };
        yield return new object[] { "%d", F(3.9), "3" };
        yield return new object[] { "%d", PyBool.True, "1" };
        yield return new object[] { "%s", PyBool.True, "True" };
        yield return new object[] { "%.3d", I(5), "005" };
        yield return new object[] { "%+.2e", F(1.5), "+1.50e+00" };
        yield return new object[] { "%#.0f", F(2.0), "2." };
        yield return new object[] { "%08.3f", F(-3.14159), "-003.142" };
        yield return new object[] { "%x", I(-255), "-ff" };
        yield return new object[] { "%s", PyNone.Instance, "None" };
        yield return new object[] { "%f", I(1), "1.000000" };
        yield return new object[] { "%5.1f%%", F(99.44), " 99.4%" };
    }

    public static IEnumerable<object[]> PercentErrors()
    {
        yield return new object[] { "%s %s", T(I(1)), "TypeError: not enough arguments for format string" };
        yield return new object[] { "%s", T(I(1), I(2)), "TypeError: not all arguments converted during string formatting" };
        yield return new object[] { "%d", S("a"), "TypeError: %d format: a real number is required, not str" };
        yield return new object[] { "%x", F(1.5), "TypeError: %x format: an integer is required, not float" };
        yield return new object[] { "%f", S("a"), "TypeError: must be real number, not str" };
        yield return new object[] { "%z", I(1), "ValueError: unsupported format character 'z' (0x7a) at index 1" };
        yield return new object[] { "abc", I(5), "TypeError: not all arguments converted during string formatting" };
        yield return new object[] { "%(a)s", I(1), "TypeError: format requires a mapping" };
        yield return new object[] { "%", I(1), "ValueError: incomplete format" };
        yield return new object[] { "%c", S("ab"), "TypeError: %c requires int or char" };
        yield return new object[] { "%c", I(-1), "OverflowError: %c arg not in range(0x110000)" };
        yield return new object[] { "%c", F(1.5), "TypeError: %c requires int or char" };
    }

    public static IEnumerable<object[]> FormatCases()
    {
        yield return new object[] { "{} {}", new PyObject[] { I(1), S("a") }, null, "1 a" };
        yield return new object[] { "{0}{1}{0}", new PyObject[] { S("x"), S("y") }, null, "xyx" };
        yield return new object[] { "{name}!", new PyObject[] { S("Bob") }, new[] { "name" }, "Bob!" };
        yield return new object[] { "{:>5}|{:<5}|{:^5}", new PyObject[] { I(1), I(2), I(3) }, null, "    1|2    |  3  " };
        yield return new object[] { "{:.2f}", new PyObject[] { F(2.675) }, null, "2.67" };
        yield return new object[] { "{0:{1}}", new PyObject[] { S("ab"), I(5) }, null, "ab   " };
        yield return new object[] { "{:{w}.{p}f}", new PyObject[] { F(3.14159), I(10), I(2) }, new[] { "w", "p" }, "      3.14" };
        yield return new object[] { "{{}} {{{0}}}", new PyObject[] { I(7) }, null, "{} {7}" };
        yield return new object[] { "{!s:>4}", new PyObject[] { S("a") }, null, "   a" };
        yield return new object[] { "{:,}", new PyObject[] { I(1234567) }, null, "1,234,567" };
        yield return new object[] { "{:08.3f}", new PyObject[] { F(-1.5) }, null, "-001.500" };
        yield return new object[] { "{x:>{w}}", new PyObject[] { S("hi"), I(6) }, new[] { "x", "w" }, "    hi" };
        yield return new object[] { "{:%}", new PyObject[] { F(0.25) }, null, "25.000000%" };
        yield return new object[] { "{:e}", new PyObject[] { F(0.0) }, null, "0.000000e+00" };
        yield return new object[] { "{}", new PyObject[] { F(1.0) }, null, "1.0" };
        yield return new object[] { "{:x}{:o}{:b}", new PyObject[] { I(10), I(10), I(10) }, null, "a121010" };
        yield return new object[] { "a{}b", new PyObject[] { S("") }, null, "ab" };
        yield return new object[] { "{:*^11,}", new PyObject[] { I(12345) }, null, "**12,345***" };
        yield return new object[] { "{0!s}", new PyObject[] { PyBool.True }, null, "True" };
    }

    public static IEnumerable<object[]> FormatErrors()
    {
        yield return new object[] { "{0}{}", new PyObject[] { I(1), I(2) }, "ValueError: cannot switch from manual field specification to automatic field numbering" };
        yield return new object[] { "{}{0}", new PyObject[] { I(1), I(2) }, "ValueError: cannot switch from automatic field numbering to manual field specification" };
        yield return new object[] { "{", new PyObject[] {  }, "ValueError: Single '{' encountered in format string" };
        yield return new object[] { "}", new PyObject[] {  }, "ValueError: Single '}' encountered in format string" };
        yield return new object[] { "{0", new PyObject[] {  }, "ValueError: expected '}' before end of string" };
        yield return new object[] { "{1}", new PyObject[] { I(1) }, "IndexError: Replacement index 1 out of range for positional args tuple" };
        yield return new object[] { "{a}", new PyObject[] {  }, "KeyError: a" };
        yield return new object[] { "{!x}", new PyObject[] { I(1) }, "ValueError: Unknown conversion specifier x" };
        yield return new object[] { "{0!}", new PyObject[] { I(1) }, "ValueError: unmatched '{' in format spec" };
        yield return new object[] { "{0!rx}", new PyObject[] { I(1) }, "ValueError: expected ':' after conversion specifier" };
        yield return new object[] { "{:{:{}}}", new PyObject[] { I(1), I(2), I(3) }, "ValueError: Max string recursion exceeded" };
        yield return new object[] { "{0:d}", new PyObject[] { S("a") }, "ValueError: Unknown format code 'd' for object of type 'str'" };
        yield return new object[] { "{0[}", new PyObject[] { I(1) }, "ValueError: expected '}' before end of string" };
        yield return new object[] { "{0.}", new PyObject[] { I(1) }, "ValueError: Empty attribute in format string" };
        yield return new object[] { "{:s}", new PyObject[] { I(1) }, "ValueError: Unknown format code 's' for object of type 'int'" };
        yield return new object[] { "a{0:x", new PyObject[] { I(1) }, "ValueError: unmatched '{' in format spec" };
    }

    [Theory]
    [MemberData(nameof(PercentCases))]
    public void PercentFormats(string fmt, PyObject values, string expected) =>
        PercentFormat.Format(PyStr.From(fmt), values).Value.Should().Be(expected);

    [Theory]
    [MemberData(nameof(PercentErrors))]
    public void PercentErrorsMatchCPython(string fmt, PyObject values, string expected) =>
        Raises(() => PercentFormat.Format(PyStr.From(fmt), values)).Should().Be(expected);

    [Theory]
    [MemberData(nameof(FormatCases))]
    public void StrFormatFormats(string fmt, PyObject[] args, string[]? kw, string expected) =>
        StrFormat.Format(fmt, args, kw).Should().Be(expected);

    [Theory]
    [MemberData(nameof(FormatErrors))]
    public void StrFormatErrorsMatchCPython(string fmt, PyObject[] args, string expected) =>
        Raises(() => StrFormat.Format(fmt, args, null)).Should().Be(expected);

    [Fact]
    public void PercentWithMapping()
    {
        var d = new PyDict();
        d.SetItem(S("name"), S("Ann"));
        d.SetItem(S("age"), I(30));
        PercentFormat.Format(S("%(name)s is %(age)d"), d).Value.Should().Be("Ann is 30");
        PercentFormat.Format(S("%r"), S("q")).Value.Should().Be("'q'");
        PercentFormat.Format(S("%s"), L(I(1), I(2))).Value.Should().Be("[1, 2]");
        PercentFormat.Format(S("abc"), L()).Value.Should().Be("abc");
        Raises(() => PercentFormat.Format(S("%(x)s"), d)).Should().Be("KeyError: x");
    }

    [Fact]
    public void StrFormatFieldAccess()
    {
        var d = new PyDict();
        d.SetItem(S("k"), I(5));
        StrFormat.Format("{0[1]} {1[k]} {0[0]!r}", new PyObject[] { L(S("a"), S("b")), d }, null).Should().Be("b 5 'a'");
        StrFormat.Format("{x.imag}", new PyObject[] { I(3) }, new[] { "x" }).Should().Be("0");
        StrFormat.FormatMap("{a}-{b}", MakeDict()).Should().Be("1-2");
        Raises(() => StrFormat.FormatMap("{}", MakeDict())).Should().Be("ValueError: Format string contains positional fields");
    }

    private static PyDict MakeDict()
    {
        var d = new PyDict();
        d.SetItem(S("a"), I(1));
        d.SetItem(S("b"), I(2));
        return d;
    }

    [Fact]
    public void StrFormatMethodIsRegistered() =>
        Str(M(S("{}-{}"), "format", I(1), I(2))).Should().Be("1-2");
}

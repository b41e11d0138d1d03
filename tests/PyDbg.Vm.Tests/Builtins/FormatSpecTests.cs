using System.Numerics;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Builtins;

/// <summary>Ops.Format (the format-spec mini-language); expected strings are CPython 3.11's output.</summary>
public class FormatSpecTests : BuiltinsTestBase
{
    [Theory]
    [InlineData(0L, "", "0")]
    [InlineData(42L, "", "42")]
    [InlineData(-42L, "5", "  -42")]
    [InlineData(42L, "<6", "42    ")]
    [InlineData(42L, "^7", "  42   ")]
    [InlineData(42L, "*>8", "******42")]
    [InlineData(42L, "+", "+42")]
    [InlineData(42L, " ", " 42")]
    [InlineData(-42L, " ", "-42")]
    [InlineData(255L, "x", "ff")]
    [InlineData(255L, "#x", "0xff")]
    [InlineData(255L, "X", "FF")]
    [InlineData(255L, "#X", "0XFF")]
    [InlineData(8L, "o", "10")]
    [InlineData(8L, "#o", "0o10")]
    [InlineData(5L, "b", "101")]
    [InlineData(5L, "#010b", "0b00000101")]
    [InlineData(1234567L, ",", "1,234,567")]
    [InlineData(1234567L, "_", "1_234_567")]
    [InlineData(-1234567L, "015,", "-00,001,234,567")]
    [InlineData(1234L, "09,", "0,001,234")]
    [InlineData(1234L, "010,", "00,001,234")]
    [InlineData(255L, "#07_x", "0x0_00ff")]
    [InlineData(12345678L, "_b", "1011_1100_0110_0001_0100_1110")]
    [InlineData(65L, "c", "A")]
    [InlineData(65L, "5c", "    A")]
    [InlineData(-255L, "#X", "-0XFF")]
    [InlineData(42L, "e", "4.200000e+01")]
    [InlineData(42L, ".2f", "42.00")]
    [InlineData(42L, "%", "4200.000000%")]
    [InlineData(42L, "g", "42")]
    [InlineData(123456789L, ".3e", "1.235e+08")]
    [InlineData(7L, "08.3f", "0007.000")]
    [InlineData(-5L, "0=5", "-0005")]
    [InlineData(-123L, "08", "-0000123")]
    [InlineData(-123L, "^8", "  -123  ")]
    [InlineData(123L, "x<8", "123xxxxx")]
    [InlineData(12L, "n", "12")]
    [InlineData(0L, "#x", "0x0")]
    [InlineData(0L, "+d", "+0")]
    [InlineData(-9223372036854775808L, "x", "-8000000000000000")]
    [InlineData(1000000L, "_d", "1_000_000")]
    [InlineData(5L, "d", "5")]
    public void FormatsInts(long value, string spec, string expected) =>
        Ops.Format(PyInt.From(value), spec).Should().Be(expected);

    [Theory]
    [InlineData("1000000000000000000000000000000", "x", "c9f2c9cd04674edea40000000")]
    [InlineData("10000000000000000000000000", ",", "10,000,000,000,000,000,000,000,000")]
    [InlineData("9223372036854775808", "d", "9223372036854775808")]
    public void FormatsBigInts(string value, string spec, string expected) =>
        Ops.Format(PyInt.From(BigInteger.Parse(value)), spec).Should().Be(expected);

    [Theory]
    [InlineData(1.5, "", "1.5")]
    [InlineData(0.1, "", "0.1")]
    [InlineData(1e+16, "", "1e+16")]
    [InlineData(1e-05, "", "1e-05")]
    [InlineData(123456789.0, "", "123456789.0")]
    [InlineData(1.0, "", "1.0")]
    [InlineData(-0.0, "", "-0.0")]
    [InlineData(1e+22, "", "1e+22")]
    [InlineData(2.675, ".2f", "2.67")]
    [InlineData(0.125, ".2f", "0.12")]
    [InlineData(0.375, ".2f", "0.38")]
    [InlineData(2.5, ".0f", "2")]
    [InlineData(3.5, ".0f", "4")]
    [InlineData(1.25, ".1f", "1.2")]
    [InlineData(0.5, ".0f", "0")]
    [InlineData(1.5, ".0f", "2")]
    [InlineData(2.5, ".0e", "2e+00")]
    [InlineData(1e+22, "f", "10000000000000000000000.000000")]
    [InlineData(5e-324, ".3e", "4.941e-324")]
    [InlineData(123.456, "#.0f", "123.")]
    [InlineData(1.0, "#.0e", "1.e+00")]
    [InlineData(0.0, "g", "0")]
    [InlineData(0.0, "e", "0.000000e+00")]
    [InlineData(-0.0, "+", "-0.0")]
    [InlineData(double.PositiveInfinity, "+,", "+inf")]
    [InlineData(double.PositiveInfinity, "", "inf")]
    [InlineData(double.NegativeInfinity, "f", "-inf")]
    [InlineData(double.NaN, "F", "NAN")]
    [InlineData(double.NaN, "+", "+nan")]
    [InlineData(1234567.0, ",", "1,234,567.0")]
    [InlineData(1234567.25, "_.3f", "1_234_567.250")]
    [InlineData(12345.678, "%", "1234567.800000%")]
    [InlineData(0.5, "%", "50.000000%")]
    [InlineData(3.14159, ".2f", "3.14")]
    [InlineData(3.14159, "10.3f", "     3.142")]
    [InlineData(3.14159, "<10.3f", "3.142     ")]
    [InlineData(3.14159, "^10.3f", "  3.142   ")]
    [InlineData(-3.14159, "010.3f", "-00003.142")]
    [InlineData(3.14159, "+.3e", "+3.142e+00")]
    [InlineData(3.14159, "E", "3.141590E+00")]
    [InlineData(1e-10, "g", "1e-10")]
    [InlineData(1e-10, "G", "1E-10")]
    [InlineData(123456.0, "g", "123456")]
    [InlineData(1234567.0, "g", "1.23457e+06")]
    [InlineData(1234567.0, ".10g", "1234567")]
    [InlineData(0.0001, "g", "0.0001")]
    [InlineData(1e-05, "g", "1e-05")]
    [InlineData(1.0, ".3", "1.0")]
    [InlineData(100.0, ".3", "1e+02")]
    [InlineData(10.0, ".3", "10.0")]
    [InlineData(1e+16, ".17", "1e+16")]
    [InlineData(1000000000000000.0, "n", "1e+15")]
    [InlineData(1.5, "=^10", "===1.5====")]
    [InlineData(1.0, "#g", "1.00000")]
    [InlineData(100.0, "#.3g", "100.")]
    [InlineData(-0.0, "z.1f", "0.0")]
    [InlineData(-0.001, "z.1f", "0.0")]
    [InlineData(-0.001, ".1f", "-0.0")]
    [InlineData(0.3333333333333333, "", "0.3333333333333333")]
    [InlineData(0.6666666666666666, ".15f", "0.666666666666667")]
    [InlineData(1e+300, ".2e", "1.00e+300")]
    [InlineData(9.999, ".2f", "10.00")]
    [InlineData(9.995, ".2f", "9.99")]
    [InlineData(99.5, ".0f", "100")]
    [InlineData(0.05, ".1f", "0.1")]
    [InlineData(1e+100, "", "1e+100")]
    [InlineData(1.7976931348623157e+308, "", "1.7976931348623157e+308")]
    [InlineData(2.2250738585072014e-308, "", "2.2250738585072014e-308")]
    [InlineData(123.0, "10", "     123.0")]
    [InlineData(1.23e-07, ".3g", "1.23e-07")]
    [InlineData(0.30000000000000004, "", "0.30000000000000004")]
    [InlineData(1234.5, "012,.1f", "00,001,234.5")]
    [InlineData(42.0, "08", "000042.0")]
    [InlineData(7.0, ".0%", "700%")]
    [InlineData(1000000.0, ".2e", "1.00e+06")]
    [InlineData(5.0, "#", "5.0")]
    [InlineData(12.5, "x>+10.2f", "xxxx+12.50")]
    public void FormatsFloats(double value, string spec, string expected) =>
        Ops.Format(new PyFloat(value), spec).Should().Be(expected);

    [Theory]
    [InlineData("abc", "", "abc")]
    [InlineData("abc", "10", "abc       ")]
    [InlineData("abc", ">10", "       abc")]
    [InlineData("abc", "^10", "   abc    ")]
    [InlineData("abc", "*^9", "***abc***")]
    [InlineData("abc", ".1", "a")]
    [InlineData("abc", "^7.2", "  ab   ")]
    [InlineData("a", "05", "a0000")]
    [InlineData("hello", "<3", "hello")]
    [InlineData("x", "=<4", "x===")]
    public void FormatsStrs(string value, string spec, string expected) =>
        Ops.Format(PyStr.From(value), spec).Should().Be(expected);

    [Fact]
    public void FormatsBools()
    {
        Ops.Format(PyBool.True, "").Should().Be("True");
        Ops.Format(PyBool.True, ">5").Should().Be("    1");
        Ops.Format(PyBool.False, "d").Should().Be("0");
    }

    [Theory]
    [InlineData("abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'")]
    [InlineData("s", "ValueError: Unknown format code 's' for object of type 'int'")]
    [InlineData(",x", "ValueError: Cannot specify ',' with 'x'.")]
    [InlineData(",_", "ValueError: Cannot specify both ',' and '_'.")]
    [InlineData("_,", "ValueError: Cannot specify both ',' and '_'.")]
    [InlineData(",,", "ValueError: Cannot specify ',' with ','.")]
    [InlineData(".", "ValueError: Format specifier missing precision")]
    [InlineData(".2", "ValueError: Precision not allowed in integer format specifier")]
    [InlineData("z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier")]
    [InlineData("+c", "ValueError: Sign not allowed with integer format specifier 'c'")]
    [InlineData("#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'")]
    [InlineData("99999999999999999999", "ValueError: Too many decimal digits in format string")]
    [InlineData("\u0444", "ValueError: Unknown format code '\\x444' for object of type 'int'")]
    public void IntSpecErrors(string spec, string expected) =>
        Raises(() => Ops.Format(PyInt.From(65), System.Text.RegularExpressions.Regex.Unescape(spec))).Should().Be(expected);

    [Theory]
    [InlineData("d", "ValueError: Unknown format code 'd' for object of type 'str'")]
    [InlineData("=10", "ValueError: '=' alignment not allowed in string format specifier")]
    [InlineData("+", "ValueError: Sign not allowed in string format specifier")]
    [InlineData("#", "ValueError: Alternate form (#) not allowed in string format specifier")]
    [InlineData(",", "ValueError: Cannot specify ',' with 's'.")]
    [InlineData("z", "ValueError: Negative zero coercion (z) not allowed in string format specifier")]
    public void StrSpecErrors(string spec, string expected) =>
        Raises(() => Ops.Format(PyStr.From("a"), spec)).Should().Be(expected);

    [Fact]
    public void FloatSpecErrors()
    {
        Raises(() => Ops.Format(new PyFloat(1.5), "d")).Should().Be("ValueError: Unknown format code 'd' for object of type 'float'");
        Raises(() => Ops.Format(new PyFloat(1.5), "x")).Should().Be("ValueError: Unknown format code 'x' for object of type 'float'");
        Raises(() => Ops.Format(PyInt.From(-1), "c")).Should().Be("OverflowError: %c arg not in range(0x110000)");
    }

    [Fact]
    public void ObjectWithoutFormatRejectsNonEmptySpec() =>
        Raises(() => Ops.Format(PyNone.Instance, "s")).Should().Be("TypeError: unsupported format string passed to NoneType.__format__");

    [Theory]
    [InlineData(2.675, 2, 2.67)]
    [InlineData(0.125, 2, 0.12)]
    [InlineData(0.375, 2, 0.38)]
    [InlineData(1.5, 0, 2.0)]
    [InlineData(2.5, 0, 2.0)]
    [InlineData(-0.5, 0, -0.0)]
    [InlineData(1234.5678, -2, 1200.0)]
    [InlineData(5e-324, 400, 5e-324)]
    [InlineData(0.285, 2, 0.28)]
    [InlineData(1.005, 2, 1.0)]
    public void RoundsFloatsCorrectly(double x, int nd, double expected) =>
        FloatFormatting.RoundToDigits(x, nd).Should().Be(expected);

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1234567890123456.0, "1234567890123456.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    public void FloatRepr(double v, string expected) => FloatFormatting.Repr(v).Should().Be(expected);

    [Fact]
    public void FastDigitPathAgreesWithExactBigIntegerPath()
    {
        var rnd = new Random(12345);
        for (var i = 0; i < 20000; i++)
        {
            double v = (i % 4) switch
            {
                0 => rnd.NextDouble() * 1000,
                1 => Math.Round(rnd.NextDouble() * 1000, 3),
                2 => BitConverter.Int64BitsToDouble((long)(rnd.NextDouble() * 0x7FEFFFFFFFFFFFFF)),
                _ => rnd.Next(0, 100000) / 8.0,
            };
            var nd = rnd.Next(0, 20);
            FloatFormatting.ExactDigits(v, 3, nd).Should().Be(FloatFormatting.ExactDigitsSlow(v, 3, nd), $"fixed {v:R} {nd}");
            var sig = rnd.Next(1, 18);
            FloatFormatting.ExactDigits(v, 2, sig).Should().Be(FloatFormatting.ExactDigitsSlow(v, 2, sig), $"sig {v:R} {sig}");
        }
    }
}

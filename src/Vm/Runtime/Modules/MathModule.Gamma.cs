namespace PyDbg.Vm.Runtime;

/// <summary>
/// math.gamma and math.lgamma: CPython's own Lanczos approximation (m_tgamma/m_lgamma of
/// mathmodule.c, not the C library's), so results agree to the bit; errors as its math_1a:
/// poles and negative integers are "math domain error", overflow is "math range error".
/// </summary>
internal static partial class NativeMath
{
    private const int LanczosN = 13;
    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;
    private const double LogPi = 1.144729885849400174143427351353058711647;

    private static readonly double[] LanczosNumCoeffs =
    {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };

    private static readonly double[] LanczosDenCoeffs =
    {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };

    private static readonly double[] GammaIntegral =
    {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
        479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
        355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    };

    private enum MathErr { None, Domain, Range }

    private static void RegisterGamma(ModuleBuilder m)
    {
        m.Fn("gamma", (a, k) => Math1A(ToDouble(Arg.One("math.gamma", a, k)), TGamma));
        m.Fn("lgamma", (a, k) => Math1A(ToDouble(Arg.One("math.lgamma", a, k)), LGamma));
    }

    /// <summary>CPython's math_1a: the function reports errno; a range error whose result is
    /// small (an underflow) is no error.</summary>
    private static PyFloat Math1A(double x, Func<double, (double, MathErr)> f)
    {
        var (r, err) = f(x);
        if (err == MathErr.Domain) throw DomainError();
        if (err == MathErr.Range && Math.Abs(r) >= 1.5) throw RangeError();
        return new PyFloat(r);
    }

    private static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        if (x < 5.0)
        {
            for (var i = LanczosN; --i >= 0;)
            {
                num = num * x + LanczosNumCoeffs[i];
                den = den * x + LanczosDenCoeffs[i];
            }
        }
        else
        {
            for (var i = 0; i < LanczosN; i++)
            {
                num = num / x + LanczosNumCoeffs[i];
                den = den / x + LanczosDenCoeffs[i];
            }
        }
        return num / den;
    }

    /// <summary>sin(pi*x) for finite x, exact at the integers and half-integers.</summary>
    private static double SinPi(double x)
    {
        var y = Math.Abs(x) % 2.0;
        var n = (int)Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        var r = n switch
        {
            0 => Math.Sin(Math.PI * y),
            1 => Math.Cos(Math.PI * (y - 0.5)),
            2 => Math.Sin(Math.PI * (1.0 - y)),
            3 => -Math.Cos(Math.PI * (y - 1.5)),
            _ => Math.Sin(Math.PI * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    private static (double, MathErr) TGamma(double x)
    {
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0.0) return (x, MathErr.None);
            return (double.NaN, MathErr.Domain);
        }
        if (x == 0.0) return (Math.CopySign(double.PositiveInfinity, x), MathErr.Domain);
        if (x == Math.Floor(x))
        {
            if (x < 0.0) return (double.NaN, MathErr.Domain);
            if (x <= GammaIntegral.Length) return (GammaIntegral[(int)x - 1], MathErr.None);
        }
        var absx = Math.Abs(x);
        if (absx < 1e-20)
        {
            var tiny = 1.0 / x;
            return (tiny, double.IsInfinity(tiny) ? MathErr.Range : MathErr.None);
        }
        if (absx > 200.0)
        {
            if (x < 0.0) return (0.0 / SinPi(x), MathErr.None);
            return (double.PositiveInfinity, MathErr.Range);
        }
        var y = absx + LanczosGMinusHalf;
        double z;
        if (absx > LanczosGMinusHalf)
        {
            var q = y - absx;
            z = q - LanczosGMinusHalf;
        }
        else
        {
            var q = y - LanczosGMinusHalf;
            z = q - absx;
        }
        z = z * LanczosG / y;
        double r;
        if (x < 0.0)
        {
            r = -Math.PI / SinPi(absx) / absx * Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Math.Pow(y, absx - 0.5);
            else
            {
                var sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= Math.Pow(y, absx - 0.5);
            else
            {
                var sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return (r, double.IsInfinity(r) ? MathErr.Range : MathErr.None);
    }

    private static (double, MathErr) LGamma(double x)
    {
        if (!double.IsFinite(x))
            return (double.IsNaN(x) ? x : double.PositiveInfinity, MathErr.None);
        if (x == Math.Floor(x) && x <= 2.0)
            return x <= 0.0 ? (double.PositiveInfinity, MathErr.Domain) : (0.0, MathErr.None);
        var absx = Math.Abs(x);
        if (absx < 1e-20) return (-Math.Log(absx), MathErr.None);
        var r = Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = LogPi - Math.Log(Math.Abs(SinPi(absx))) - Math.Log(absx) - r;
        return (r, double.IsInfinity(r) ? MathErr.Range : MathErr.None);
    }
}

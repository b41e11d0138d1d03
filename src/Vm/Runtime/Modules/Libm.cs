using System.Runtime.InteropServices;

namespace PyDbg.Vm.Runtime;

/// <summary>
/// The C library functions .NET's Math lacks (CPython calls libm for them). Falls back to careful
/// managed formulas when the platform library cannot be loaded.
/// </summary>
internal static class Libm
{
    private const string Lib = "libm.so.6";
    private static bool _native = true;

    [DllImport(Lib, EntryPoint = "expm1")] private static extern double NExpm1(double x);
    [DllImport(Lib, EntryPoint = "log1p")] private static extern double NLog1p(double x);
    [DllImport(Lib, EntryPoint = "exp2")] private static extern double NExp2(double x);
    [DllImport(Lib, EntryPoint = "erf")] private static extern double NErf(double x);
    [DllImport(Lib, EntryPoint = "erfc")] private static extern double NErfc(double x);

    private static double Try(Func<double, double> native, Func<double, double> managed, double x)
    {
        if (_native)
        {
            try { return native(x); }
            catch (DllNotFoundException) { _native = false; }
            catch (EntryPointNotFoundException) { _native = false; }
        }
        return managed(x);
    }

    public static double Expm1(double x) => Try(NExpm1, ManagedExpm1, x);
    public static double Log1p(double x) => Try(NLog1p, ManagedLog1p, x);
    public static double Exp2(double x) => Try(NExp2, v => Math.Pow(2.0, v), x);
    public static double Erf(double x) => Try(NErf, ManagedErf, x);
    public static double Erfc(double x) => Try(NErfc, v => 1.0 - ManagedErf(v), x);

    private static double ManagedExpm1(double x)
    {
        if (Math.Abs(x) < 0.7)
        {
            var u = Math.Exp(x);
            if (u == 1.0) return x;
            var um1 = u - 1.0;
            if (um1 == -1.0) return -1.0;
            return um1 * x / Math.Log(u);
        }
        return Math.Exp(x) - 1.0;
    }

    private static double ManagedLog1p(double x)
    {
        if (x == 0.0) return x;
        var u = 1.0 + x;
        if (u == 1.0) return x;
        return Math.Log(u) * x / (u - 1.0);
    }

    private static double ManagedErf(double x)
    {
        // series / continued fraction as in CPython 3.9's own m_erf
        const double sqrtpi = 1.772453850905516027298167483341145182798;
        var absx = Math.Abs(x);
        if (double.IsNaN(x)) return x;
        if (absx < 1.5)
        {
            double acc = 0.0, fk = 25 + 0.5, x2 = x * x;
            for (var i = 0; i < 25; i++) { acc = 2.0 + x2 * acc / fk; fk -= 1.0; }
            return acc * x * Math.Exp(-x2) / sqrtpi;
        }
        if (absx >= 30.0) return x > 0 ? 1.0 : -1.0;
        double a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x * x, qLast = 1.0;
        for (var i = 0; i < 50; i++)
        {
            a += da; da += 2.0;
            var b = da + absx * absx;
            var t = p; p = b * p - a * pLast; pLast = t;
            t = q; q = b * q - a * qLast; qLast = t;
        }
        var cf = p / q * absx * Math.Exp(-absx * absx) / sqrtpi;
        return x > 0 ? 1.0 - cf : cf - 1.0;
    }
}

using System.Globalization;

namespace PyDbg.Vm.Runtime;

internal static partial class StrMethods
{
    /// <summary>Python's "uppercase" (Lu plus Other_Uppercase such as Roman numerals, circled letters).</summary>
    internal static bool IsUpperChar(char c)
    {
        if (c < 128) return c >= 'A' && c <= 'Z';
        var cat = char.GetUnicodeCategory(c);
        return cat == UnicodeCategory.UppercaseLetter
            || (cat != UnicodeCategory.TitlecaseLetter && cat != UnicodeCategory.LowercaseLetter && char.ToLowerInvariant(c) != c);
    }

    internal static bool IsLowerChar(char c)
    {
        if (c < 128) return c >= 'a' && c <= 'z';
        var cat = char.GetUnicodeCategory(c);
        return cat == UnicodeCategory.LowercaseLetter
            || (cat != UnicodeCategory.TitlecaseLetter && cat != UnicodeCategory.UppercaseLetter && char.ToUpperInvariant(c) != c);
    }

    private static bool IsTitleChar(char c) => c > 127 && char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    private static bool IsAlpha(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter;

    private static bool IsDecimal(char c) => c >= '0' && c <= '9' || (c > 127 && char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber);

    private static bool IsDigit(char c)
    {
        if (IsDecimal(c)) return true;
        if (c < 128) return false;
        if (char.GetUnicodeCategory(c) != UnicodeCategory.OtherNumber) return false;
        var v = char.GetNumericValue(c);
        return v >= 0 && v <= 9 && Math.Floor(v) == v && !IsNumericOnly(c);
    }

    // Characters with an integral numeric value that Python classifies as Numeric, not Digit
    // (circled numbers from ten upwards are handled by the 0..9 range check above).
    private static bool IsNumericOnly(char c) => c is '\u2189' or '\u3007';

    private static bool IsNumeric(char c) => IsDecimal(c) || (c > 127 && char.GetNumericValue(c) >= 0);

    private static bool IsPrintable(char c)
    {
        if (c == ' ') return true;
        if (c < 32 || c == 127) return false;
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    private static bool IsIdStart(char c) => c == '_' || (c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        : char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber);

    private static bool IsIdContinue(char c) => IsIdStart(c) || (c < 128 ? c >= '0' && c <= '9'
        : char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation);

    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !IsIdStart(s[0])) return false;
        for (var i = 1; i < s.Length; i++) if (!IsIdContinue(s[i])) return false;
        return true;
    }

    private static void All(string name, Func<char, bool> pred)
    {
        var qn = "str." + name;
        M(name, (self, a, k) =>
        {
            var s = S(self, name);
            Arg.None(qn, a, k);
            if (s.Length == 0) return PyBool.False;
            foreach (var c in s) if (!pred(c)) return PyBool.False;
            return PyBool.True;
        });
    }

    private static void RegisterPredicates()
    {
        All("isalpha", IsAlpha);
        All("isdecimal", IsDecimal);
        All("isdigit", IsDigit);
        All("isnumeric", IsNumeric);
        All("isalnum", static c => IsAlpha(c) || IsDecimal(c) || IsDigit(c) || IsNumeric(c));
        All("isspace", IsSpace);
        M("isascii", static (self, a, k) =>
        {
            var s = S(self, "isascii");
            Arg.None("str.isascii", a, k);
            foreach (var c in s) if (c > 127) return PyBool.False;
            return PyBool.True;
        });
        M("isprintable", static (self, a, k) =>
        {
            var s = S(self, "isprintable");
            Arg.None("str.isprintable", a, k);
            foreach (var c in s) if (!IsPrintable(c)) return PyBool.False;
            return PyBool.True;
        });
        M("isidentifier", static (self, a, k) =>
        {
            var s = S(self, "isidentifier");
            Arg.None("str.isidentifier", a, k);
            return PyBool.From(IsIdentifier(s));
        });
        M("islower", static (self, a, k) =>
        {
            var s = S(self, "islower");
            Arg.None("str.islower", a, k);
            var cased = false;
            foreach (var c in s)
            {
                if (IsUpperChar(c) || IsTitleChar(c)) return PyBool.False;
                if (IsLowerChar(c)) cased = true;
            }
            return PyBool.From(cased);
        });
        M("isupper", static (self, a, k) =>
        {
            var s = S(self, "isupper");
            Arg.None("str.isupper", a, k);
            var cased = false;
            foreach (var c in s)
            {
                if (IsLowerChar(c) || IsTitleChar(c)) return PyBool.False;
                if (IsUpperChar(c)) cased = true;
            }
            return PyBool.From(cased);
        });
        M("istitle", static (self, a, k) =>
        {
            var s = S(self, "istitle");
            Arg.None("str.istitle", a, k);
            var cased = false;
            var prevCased = false;
            foreach (var c in s)
            {
                if (IsUpperChar(c) || IsTitleChar(c))
                {
                    if (prevCased) return PyBool.False;
                    prevCased = true;
                    cased = true;
                }
                else if (IsLowerChar(c))
                {
                    if (!prevCased) return PyBool.False;
                    prevCased = true;
                    cased = true;
                }
                else prevCased = false;
            }
            return PyBool.From(cased);
        });
    }
}

namespace PyDbg.Vm.Debugging;

/// <summary>
/// A breakpoint's hit condition as common DAP adapters read it: "5" or "== 5" (stop on exactly the
/// 5th hit), ">= 5", "> 5", "< 5", "<= 5", "% 3" (every 3rd hit). The hit count is 1-based and
/// counts every time the breakpoint's condition (if any) was true.
/// </summary>
public sealed class HitCondition
{
    private enum Kind { Equal, GreaterOrEqual, Greater, Less, LessOrEqual, Modulo }

    private readonly Kind _kind;
    private readonly long _operand;

    private HitCondition(Kind kind, long operand)
    {
        _kind = kind;
        _operand = operand;
    }

    public string Text { get; private init; } = "";

    /// <summary>Parses a hit condition; false with an explanation when it is not one of the accepted forms.</summary>
    public static bool TryParse(string text, out HitCondition? condition, out string? error)
    {
        condition = null;
        error = null;
        var s = text.Trim();
        Kind kind;
        string number;
        if (s.StartsWith(">=")) { kind = Kind.GreaterOrEqual; number = s[2..]; }
        else if (s.StartsWith("<=")) { kind = Kind.LessOrEqual; number = s[2..]; }
        else if (s.StartsWith("==")) { kind = Kind.Equal; number = s[2..]; }
        else if (s.StartsWith('>')) { kind = Kind.Greater; number = s[1..]; }
        else if (s.StartsWith('<')) { kind = Kind.Less; number = s[1..]; }
        else if (s.StartsWith('%')) { kind = Kind.Modulo; number = s[1..]; }
        else { kind = Kind.Equal; number = s; }
        if (!long.TryParse(number.Trim(), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var operand))
        {
            error = $"invalid hit condition '{text}': expected a count such as '5', '>= 5' or '% 3'";
            return false;
        }
        if (kind == Kind.Modulo && operand == 0)
        {
            error = $"invalid hit condition '{text}': '% 0' never matches";
            return false;
        }
        condition = new HitCondition(kind, operand) { Text = text };
        return true;
    }

    /// <summary>Whether the breakpoint stops on its <paramref name="hitCount"/>-th hit (1-based).</summary>
    public bool Matches(long hitCount) => _kind switch
    {
        Kind.Equal => hitCount == _operand,
        Kind.GreaterOrEqual => hitCount >= _operand,
        Kind.Greater => hitCount > _operand,
        Kind.Less => hitCount < _operand,
        Kind.LessOrEqual => hitCount <= _operand,
        Kind.Modulo => hitCount % _operand == 0,
        _ => false,
    };
}

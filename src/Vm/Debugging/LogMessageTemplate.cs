namespace PyDbg.Vm.Debugging;

/// <summary>
/// A logpoint's message: literal text with {expression} parts, evaluated in the stopped frame and
/// inserted with str(). "{{" and "}}" stand for literal braces, as in f-strings.
/// </summary>
public sealed class LogMessageTemplate
{
    /// <summary>One piece of the message: literal text, or an expression to evaluate.</summary>
    public readonly record struct Part(string Text, bool IsExpression);

    public IReadOnlyList<Part> Parts { get; }
    public string Source { get; }

    /// <summary>The debugger's breakpoint this template belongs to (set by the debugger).</summary>
    internal object? Owner { get; set; }

    /// <summary>The template rendered last on this thread (so the debugger can tell which logpoint an
    /// output line came from); cleared by <see cref="TakeLastRendered"/>.</summary>
    [ThreadStatic] private static LogMessageTemplate? _lastRendered;

    internal static LogMessageTemplate? TakeLastRendered()
    {
        var t = _lastRendered;
        _lastRendered = null;
        return t;
    }

    private LogMessageTemplate(string source, IReadOnlyList<Part> parts)
    {
        Source = source;
        Parts = parts;
    }

    public static bool TryParse(string message, out LogMessageTemplate? template, out string? error)
    {
        template = null;
        error = null;
        var parts = new List<Part>();
        var literal = new System.Text.StringBuilder();
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            if (c == '{' && i + 1 < message.Length && message[i + 1] == '{') { literal.Append('{'); i++; continue; }
            if (c == '}' && i + 1 < message.Length && message[i + 1] == '}') { literal.Append('}'); i++; continue; }
            if (c == '}')
            {
                error = $"invalid log message: single '}}' at position {i + 1}";
                return false;
            }
            if (c != '{') { literal.Append(c); continue; }
            // An expression runs to the matching '}' (brackets and strings inside may contain braces).
            var end = FindExpressionEnd(message, i + 1);
            if (end < 0)
            {
                error = $"invalid log message: '{{' at position {i + 1} is never closed";
                return false;
            }
            var expression = message[(i + 1)..end].Trim();
            if (expression.Length == 0)
            {
                error = $"invalid log message: empty expression at position {i + 1}";
                return false;
            }
            if (literal.Length > 0) { parts.Add(new Part(literal.ToString(), false)); literal.Clear(); }
            parts.Add(new Part(expression, true));
            i = end;
        }
        if (literal.Length > 0) parts.Add(new Part(literal.ToString(), false));
        template = new LogMessageTemplate(message, parts);
        return true;
    }

    private static int FindExpressionEnd(string s, int start)
    {
        var depth = 0;
        char quote = '\0';
        for (var i = start; i < s.Length; i++)
        {
            var c = s[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            switch (c)
            {
                case '\'' or '"': quote = c; break;
                case '(' or '[' or '{': depth++; break;
                case ')' or ']': depth--; break;
                case '}':
                    if (depth == 0) return i;
                    depth--;
                    break;
            }
        }
        return -1;
    }

    /// <summary>Renders the message, evaluating each expression part with <paramref name="evaluate"/>
    /// (which returns the text to insert: str(value), or the error text of a failed evaluation).</summary>
    public string Render(Func<string, string> evaluate)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var part in Parts)
            sb.Append(part.IsExpression ? evaluate(part.Text) : part.Text);
        _lastRendered = this;
        return sb.ToString();
    }
}

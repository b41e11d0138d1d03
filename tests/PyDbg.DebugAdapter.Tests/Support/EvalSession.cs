using System.Text.Json.Nodes;

namespace PyDbg.DebugAdapter.Tests.Support;

/// <summary>Helpers of the evaluation tests: a debug session stopped at breakpoints, and the
/// evaluate / setExpression / completions requests.</summary>
internal static class EvalSession
{
    /// <summary>Starts <paramref name="source"/> with line breakpoints at <paramref name="lines"/> and
    /// waits for the first stop (reason breakpoint).</summary>
    public static DebugScript StopAt(string source, params int[] lines)
    {
        var s = DebugScript.Start(source, "{}", configurationDone: false);
        var breakpoints = new JsonArray();
        foreach (var line in lines) breakpoints.Add(new JsonObject { ["line"] = line });
        s.Ok("setBreakpoints", new JsonObject { ["source"] = new JsonObject { ["path"] = s.Path }, ["breakpoints"] = breakpoints });
        s.Ok("configurationDone");
        s.WaitStopped("breakpoint");
        return s;
    }

    public static int TopFrameId(this DebugScript s) => s.TopFrame()["id"]!.GetValue<int>();

    public static JsonObject EvaluateArgs(string expression, string? context, int? frameId)
    {
        var args = new JsonObject { ["expression"] = expression };
        if (context is not null) args["context"] = context;
        if (frameId is { } id) args["frameId"] = id;
        return args;
    }

    /// <summary>evaluate that must succeed; returns the body.</summary>
    public static JsonObject Eval(this DebugScript s, string expression, string? context = "watch", int? frameId = null)
        => s.Ok("evaluate", EvaluateArgs(expression, context, frameId ?? s.TopFrameId()));

    /// <summary>The result text of a successful evaluate in the top frame.</summary>
    public static string EvalText(this DebugScript s, string expression, string? context = "watch")
        => (string)s.Eval(expression, context)["result"]!;

    /// <summary>evaluate that must fail; returns the message.</summary>
    public static string EvalFails(this DebugScript s, string expression, string? context = "watch", int? frameId = null)
        => s.Fails("evaluate", EvaluateArgs(expression, context, frameId ?? s.TopFrameId()));

    /// <summary>The completion targets for <paramref name="text"/> with the cursor at 1-based <paramref name="column"/> (end of text by default).</summary>
    public static JsonArray Complete(this DebugScript s, string text, int? column = null, int? frameId = null)
    {
        var args = new JsonObject { ["text"] = text, ["column"] = column ?? text.Length + 1 };
        args["frameId"] = frameId ?? s.TopFrameId();
        return s.Ok("completions", args)["targets"]!.AsArray();
    }

    /// <summary>The completion target with this label, or null.</summary>
    public static JsonObject? Target(JsonArray targets, string label)
    {
        foreach (var t in targets)
            if ((string)t!["label"]! == label) return t.AsObject();
        return null;
    }

    public static List<string> Labels(JsonArray targets)
    {
        var list = new List<string>();
        foreach (var t in targets) list.Add((string)t!["label"]!);
        return list;
    }
}

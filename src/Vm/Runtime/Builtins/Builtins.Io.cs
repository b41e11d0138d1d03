using System.Text;

namespace PyDbg.Vm.Runtime;

public static partial class Builtins
{
    private static readonly string[] PrintKw = { "sep", "end", "file", "flush" };

    private static void AddIo(List<PyBuiltinFunction> l)
    {
        l.Add(F("print", Print));
        l.Add(F("input", Input));
        l.Add(F("open", PyTextFile.Open));
    }

    public static PyObject Print(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var n = Arg.Pos(args, kw);
        string sep = " ", end = "\n";
        PyObject? file = null;
        if (kw is not null)
        {
            for (var k = 0; k < kw.Length; k++)
            {
                var v = args[n + k];
                switch (kw[k])
                {
                    case "sep":
                        if (v is PyStr s) sep = s.Value;
                        else if (v is not PyNone) throw PyExc.TypeErr($"sep must be None or a string, not {v.Type.Name}");
                        break;
                    case "end":
                        if (v is PyStr e) end = e.Value;
                        else if (v is not PyNone) throw PyExc.TypeErr($"end must be None or a string, not {v.Type.Name}");
                        break;
                    case "file":
                        if (v is not PyNone) file = v;
                        break;
                    case "flush":
                        break;
                    default:
                        throw PyExc.TypeErr($"'{kw[k]}' is an invalid keyword argument for print()");
                }
            }
        }
        string text;
        if (n == 1 && args[0] is PyStr only) text = end.Length == 0 ? only.Value : only.Value + end;
        else
        {
            var sb = new StringBuilder();
            for (var i = 0; i < n; i++)
            {
                if (i > 0) sb.Append(sep);
                var a = args[i];
                sb.Append(a is PyStr s ? s.Value : Ops.Str(a));
            }
            sb.Append(end);
            text = sb.ToString();
        }
        if (file is not null) Ops.CallMethod(file, "write", PyStr.From(text));
        else PyContext.Current.Stdout.Write(text);
        return PyNone.Instance;
    }

    public static PyObject Input(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("input", args, kw, 0, 1);
        var ctx = PyContext.Current;
        if (args.Length == 1)
        {
            ctx.Stdout.Write(Ops.Str(args[0]));
            ctx.Stdout.Flush();
        }
        var line = ctx.Stdin.ReadLine();
        if (line is null) throw PyExc.Error(PyExc.EOFError, "EOF when reading a line");
        return PyStr.From(line);
    }
}

[y for x in data if (y := f(x))]
{k: (v := k) for k in x}
any((t := x) > 0 for x in xs)

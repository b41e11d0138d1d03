def reduce(f, items, *init):
    it = iter(items)
    acc = init[0] if init else next(it)
    for x in it:
        acc = f(acc, x)
    return acc

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
print(sorted(["bb", "a", "ccc"], key=len), sorted([3, -1, 2], key=abs, reverse=True))
print(list(filter(None, [0, 1, "", "x", None])), list(map(pow, [2, 3], [3, 2])))
def apply(f, *a, **k):
    return f(*a, **k)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True))

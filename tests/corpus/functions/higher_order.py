def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
def my_map(f, seq):
    return [f(x) for x in seq]
def my_filter(pred, seq):
    return [x for x in seq if pred(x)]
def my_reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x ** 2, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1), my_reduce(max, [3, 9, 2], 0))
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
print(sorted(["b", "A", "c"], key=str.lower), list(map(abs, [-1, 2, -3])))
funcs = [len, str.upper, lambda s: s[::-1], sorted]
print([f("hello") for f in funcs])
def call_with(f, *args, **kwargs):
    return f(*args, **kwargs)
print(call_with(pow, 2, 10), call_with(int, "ff", base=16), call_with(sorted, [3, 1], reverse=True))
print(type(print).__name__, type(apply_n).__name__, callable(apply_n), callable(3))

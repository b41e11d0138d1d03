def total(*nums):
    return sum(nums), len(nums), type(nums).__name__
print(total(), total(1), total(1, 2, 3))
def describe(**kw):
    return sorted(kw.items())
print(describe(), describe(a=1, b=2))
def everything(a, b=2, *args, c=3, **kwargs):
    return f"a={a} b={b} args={args} c={c} kwargs={kwargs}"
print(everything(1))
print(everything(1, 20, 30, 40))
print(everything(1, c=30, d=40, e=50))
print(everything(*[1, 2, 3], **{"c": 4, "z": 26}))
def wrapper(*args, **kwargs):
    return everything(*args, **kwargs)
print(wrapper(9, 8, 7, x=6))
def concat(sep, *parts):
    return sep.join(parts)
print(concat("-", "a", "b", "c"), concat(", "))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
def max_of(first, *rest):
    best = first
    for r in rest:
        if r > best:
            best = r
    return best
print(max_of(3), max_of(3, 9, 2), max_of(*"hello"))

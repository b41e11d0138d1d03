def f(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={sorted(kwargs.items())}"

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 7, "z": 0}))
print(f(c=1, a=0))
args = (10, 20)
kw = {"d": 40, "c": 30}
print(f(*args, **kw))
print(f(*args, *args, c=1, **{"d": 0}, extra=9))

def total(*nums):
    return sum(nums)
print(total(), total(1), total(*range(5)))
def show(**opts):
    return ", ".join(f"{k}={v}" for k, v in opts.items())
print(show(x=1, y=2), show(**{"p": 3}), repr(show()))
print(*[1, 2, 3], sep="|")
print(*"abc")

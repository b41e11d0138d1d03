def pos(a, b, /, c, *, d):
    return (a, b, c, d)

print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def f(x, /, **kw):
    return x, kw
print(f(1, x=2))
def kwo(*, key=None, reverse=False):
    return key, reverse
print(kwo(), kwo(reverse=True))
tests = [
    lambda: pos(1, b=2, c=3, d=4),
    lambda: pos(1, 2, 3, 4),
    lambda: pos(1, 2, 3),
    lambda: kwo(1),
    lambda: kwo(other=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)

def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(1))
try:
    check(-2)
except AssertionError as e:
    print("AssertionError:", e)
cases = [
    lambda: "a" + 1, lambda: len(5), lambda: [1].index(9), lambda: {}.pop("k"),
    lambda: int(None), lambda: "x" * "y", lambda: None.foo, lambda: (1, 2)[9],
    lambda: float("abc"), lambda: [].pop(), lambda: {1, 2}.remove(3), lambda: 2 ** -1 // 0,
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
assert False

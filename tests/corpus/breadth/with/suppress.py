class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__, v)
            return True
        return None

with Suppress(KeyError, IndexError):
    {}["a"]
    print("not reached")
print("after 1")
with Suppress(ZeroDivisionError) as x:
    print("x is", x)
print("after 2")
try:
    with Suppress(KeyError):
        int("bad")
except ValueError as e:
    print("not suppressed:", e)
def f():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError(i)
            print("i", i)
    return "done"
print(f())

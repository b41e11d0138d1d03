class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return self.n + x + sum(more)

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(5))
print(list(map(add5, [1, 2])))

class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0
    def __getattr__(self, name):
        self.hits += 1
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.hits)

class Dyn:
    x = 1
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"no attribute {name!r}")
d = Dyn()
print(d.x, d.get_foo(), getattr(d, "bar", "missing"))
try:
    d.bar
except AttributeError as e:
    print("AttributeError:", e)

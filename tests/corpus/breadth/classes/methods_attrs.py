class Counter:
    count = 0

    def __init__(self, start):
        self.value = start
        Counter.count += 1

    def inc(self, by=1):
        self.value += by
        return self.value

a = Counter(3)
b = Counter(10)
print(a.inc(), a.inc(5), b.inc())
print(Counter.count, a.count, b.count)
a.count = 99
print(Counter.count, a.count, b.count)
print(a.__dict__)
print(sorted(vars(b).items()))
print(type(a).__name__, type(a) is Counter)
f = a.inc
print(f(2), f(2))
print(Counter.inc(b, 100))
print(hasattr(a, "value"), hasattr(a, "nope"), getattr(a, "nope", "default"))
setattr(a, "extra", [1, 2])
print(a.extra)
delattr(a, "extra")
print(hasattr(a, "extra"))

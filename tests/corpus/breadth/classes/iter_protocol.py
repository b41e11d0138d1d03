class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r = Range2(7)
print(list(r), list(r), sum(r), max(r))
print([x * 10 for x in r])
a, b, *rest = Range2(10)
print(a, b, rest)
print(dict(zip(Range2(6), "abc")))
it = iter(Countdown(1))
print(iter(it) is it)
try:
    next(Countdown(0))
except StopIteration:
    print("stopped")

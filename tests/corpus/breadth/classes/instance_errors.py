class P:
    def __init__(self, a):
        self.a = a
    def m(self):
        return self.a

p = P(1)
for f in [lambda: p.b, lambda: P(), lambda: P(1, 2), lambda: p.m(5), lambda: P.m()]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(p.m())
p.nope

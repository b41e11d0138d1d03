class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

class Named(Point):
    def __str__(self):
        return f"<{self.x}, {self.y}>"

p = Point(1, "a")
n = Named(2, 3)
print(p, repr(p), str(p))
print(n, repr(n), [n, p], (n,))
print(f"{n} {n!r} {p!s}")
print("%s %r" % (n, n))
print("{} {!r}".format(n, n))
class Plain:
    pass
print(str(Plain()).startswith("<__main__.Plain object at 0x"))
print({1: p})

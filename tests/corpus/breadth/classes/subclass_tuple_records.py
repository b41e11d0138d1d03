# namedtuple-style records: tuple subclasses with __new__, properties and methods
class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"

    def _replace(self, **changes):
        return Point(changes.get("x", self.x), changes.get("y", self.y))

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def distance2(self):
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
q = p._replace(y=10)
print(p, q, p + q, p.distance2(), p == (3, 4), p < q, len(p), list(p), tuple(p))
x, y = p
print(x, y, p[0], p[-1], p[:1], type(p[:1]).__name__, p.count(3), p.index(4))
points = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(points), min(points), max(points, key=Point.distance2))
print({p: "origin-ish"}[(3, 4)], hash(p) == hash((3, 4)), p in {(3, 4)}, isinstance(p, tuple))
print(f"{p}", str(p), "%s and %r" % (p, q))


class Version(tuple):
    def __new__(cls, text):
        return super().__new__(cls, (int(part) for part in text.split(".")))

    def __str__(self):
        return ".".join(str(n) for n in self)

    @property
    def major(self):
        return self[0]


versions = [Version("1.10.0"), Version("1.2.3"), Version("0.9")]
print([str(v) for v in sorted(versions)], Version("2.0") > Version("1.99"), versions[0].major)
print(Version("3.1"), repr(Version("3.1")), type(Version("3.1")).__name__)


class Money(float):
    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, round(amount, 2))
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"{float(self):.2f} {self.currency}"


wallet = [Money(3.456), Money(10, "USD"), Money(0.1) + Money(0.2)]
print(wallet, sum(wallet[:1]), wallet[0] * 2, wallet[1].currency, f"{wallet[0]:.1f}", f"{wallet[0]}")

class Pos(int):
    def __repr__(self):
        return f"Pos({int(self)})"
p = Pos(5)
print(p + 1, repr(p), p * 2, p > 3, type(p + 1).__name__, 1 + p, type(1 + p).__name__, -p, abs(Pos(-3)), p // 2, p % 3, p ** 2)
print(str(p), f"{p}", f"{p:05d}", "%d" % p, hash(p) == hash(5), p == 5, {5: "five"}[p], [10, 20, 30, 40, 50, 60][p], bin(p), hex(p))
print(int(p), float(p), type(int(p)).__name__, isinstance(p, int), round(p), divmod(p, 2), range(p), list(range(p))[-1], p.bit_length())
class MyInt(int):
    def __new__(cls, value, label="x"):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj
    def __add__(self, other):
        return MyInt(int(self) + int(other), self.label + "+")
m = MyInt(3, "a")
n = m + 4
print(m, n, n.label, type(n).__name__, MyInt("12"), MyInt("ff", 16) if False else MyInt(7))

class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(21.5)
print(c, repr(c), c.to_f(), type(c.to_f()).__name__, c + 1, round(c), int(c), f"{c:.2f}", c > 20, Celsius("1.5"), Celsius())

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
pt = Point(1, 2)
a, b = pt
print(pt, pt.x, pt.y, a, b, len(pt), pt == (1, 2), hash(pt) == hash((1, 2)), pt + (3,), type(pt + (3,)).__name__, str(pt))
print(isinstance(pt, tuple), {pt: "p"}[(1, 2)], sorted([Point(2, 1), Point(1, 5)]), max(pt), pt.count(1), pt.index(2))

class Pair(tuple):
    pass
pr = Pair([1, 2])
print(pr, repr(pr), type(pr).__name__, Pair(), Pair("ab"))

class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
t = Tags([3, 1])
t.add_all(2, 3)
print(t, repr(t), len(t), 2 in t, sorted(t), Tags(), t | {9}, type(t | {9}).__name__, t == {1, 2, 3})
t |= {7}
print(t, type(t).__name__)
class Frozen(frozenset):
    pass
fz = Frozen([1, 2])
print(fz, len(fz), hash(fz) == hash(frozenset([1, 2])), Frozen())

class Name(str):
    def __new__(cls, first, last):
        obj = super().__new__(cls, first + " " + last)
        obj.first = first
        return obj
nm = Name("Ada", "Lovelace")
print(nm, nm.first, nm.upper(), len(nm), nm.split(), repr(nm))
print(type(Pos).__name__, Pos.__mro__, Pos.__bases__)
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError:", e)

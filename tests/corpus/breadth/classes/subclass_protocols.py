class ML(list):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ML(super().__getitem__(i))
        return super().__getitem__(i) * 10
x = ML([1, 2, 3])
x[0] = 5
del x[1]
x.insert(0, 7)
print(x, x[0], x[1:], type(x[1:]).__name__, list(reversed(x)), *x, sum(x), min(x), list(enumerate(x)), list(zip(x, "ab")))
print(ML(x), x.copy(), type(x.copy()).__name__, x.index(5), x.count(3), [i for i in x], dict.fromkeys(x))
class MD(dict):
    pass
m = MD.fromkeys("ab", 0)
print(m, type(m).__name__, MD(a=1) | {"b": 2}, type(MD(a=1) | {"b": 2}).__name__)
m |= {"c": 3}
print(m, type(m).__name__, m.pop("a"), m.setdefault("z", 9), m, list(m.values()), {**m}, dict(**m))
class S(str):
    pass
print("{:>5}|{}".format(S("ab"), S("cd")), S("a") == S("a"), S("a") < S("b"), sorted([S("b"), "a"]), S("x").join(["1", "2"]), S("A,B").split(","))
print(S("abc")[::-1], S(5), S(), repr(S("q")), len(S("héllo")), "b" in S("abc"), S("abc").encode if False else "ok", S("a b").title())
print(isinstance(S("a"), str), type(S("a") + "b").__name__, str.upper(S("x")), S.upper(S("y")), S("z").__class__.__name__)
class N(int):
    pass
print(N(3) == N(3), N(3) is not N(3), N(2) < N(3), {N(1): "a"}[1], sorted([N(3), 2, N(1)]), max(N(1), N(5)), "{:x}".format(N(255)), range(N(3)), [0, 1, 2][N(1)])
print(N(10) / N(4), N(10) // N(4), N(10) % N(4), pow(N(2), N(5)), N(7).__add__(1), int.__add__(N(7), 2), N(3).real, N(3).numerator)
class F(float):
    pass
print(F(1.5) + F(2.25), F(2.0) == 2, hash(F(2.0)) == hash(2), F("inf"), F(3).is_integer(), round(F(2.675), 2), F(1e300) * 10, F(-0.0))
class T(tuple):
    pass
t = T([1, 2])
print(t + t, t * 2, T(x for x in range(3)), (1, 2) == t, t.__len__(), T.__mro__[1].__name__)
class Z(set):
    pass
z = Z([5, 1, 9, 3])
z.discard(5)
print(sorted(z), z - {1}, type(z - {1}).__name__, z.issubset({1, 3, 5, 9}), len(z), z.copy(), type(z.copy()).__name__)
z &= {1, 9, 7}
print(z, type(z).__name__)
class E(list):
    def __eq__(self, other):
        return "custom"
print(E() == [], [] == E(), E([1]) != [1])
class Pt(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
    def __init__(self, *a):
        self.n = len(a)
p = Pt(1, 2, 3)
print(p, p.n, type(p).__name__)

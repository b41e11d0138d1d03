import math
class MI(int): pass
class MF(float): pass
class MS(str): pass
print(math.sqrt(MI(16)), math.floor(MF(2.5)), math.sqrt(MF(2.25)), math.gcd(MI(12), 8), math.factorial(MI(5)), math.isclose(MF(1.0), 1))
print("%d %.2f %s %r %x" % (MI(5), MF(2.5), MS("s"), MS("r"), MI(255)), [1] * MI(2), MI(2) * [1], "ab" * MI(2), MS("ab") * 2)
print(sorted([MS("bb"), MS("a")], key=len), max(MS("ab"), MS("b")), MI(3).__repr__(), MF(1.5).__repr__(), MS("x").__len__())
print(chr(MI(65)), ord(MS("a")), bin(MI(3)), round(MF(2.5)), round(MF(2.567), 1), abs(MF(-1.5)), divmod(MF(7.5), 2), pow(MI(3), 2, MI(5)))
print(int(MF(3.9)), float(MS(" 2.5 ")), int(MS("0x1f"), 16), int(MS("12")), MI(True), MF(MI(3)), str(MF(0.1)), format(MI(42), "b"))
print(isinstance(MI(1), (str, int)), MI.__name__, MI.__qualname__, MI.__base__, type(MI(1)) == MI, MI(1).__class__ is MI)
print(MS("a,b").split(","), MS(" x ").strip(), MS("abc").startswith(MS("a")), "abc".find(MS("c")), "a-b".replace(MS("-"), MS("+")))
d = {MS("k"): 1}
print(d, d["k"], list(d)[0].__class__.__name__, MS("k") in d, {1: "a"}.get(MI(1)), [1, 2, 3].index(MI(2)), (1, 2)[MI(0)])

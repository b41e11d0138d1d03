print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(2 ** 61 - 1), hash(2 ** 61 + 5))
print(hash(10 ** 30), hash(-(10 ** 30)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)))
print(hash(1.0), hash(0.5), hash(-0.5), hash(2.25), hash(1e100))
print(hash(True), hash((True, False, None is None)))
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0) == hash(True))
print(hash(frozenset()) == hash(frozenset()), frozenset({1, 2}) == frozenset({2, 1}))
d = {}
d[(1, 2)] = "tuple key"
d[1] = "int"
d[1.0] = "float overwrites int"
d[True] = "bool overwrites too"
print(d)

f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
g = frozenset("abc")
print(sorted(g | {"d"}), sorted(g & frozenset("bcz")), type(g | {"d"}).__name__, type({"d"} | g).__name__)
print(frozenset() == set(), frozenset({1}) == {1}, frozenset({1, 2}) < {1, 2, 3})
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(repr(frozenset()), repr(frozenset({5})))
print(sorted(f.union([9])), sorted(f.difference({1})), f.issubset({1, 2, 3, 4}), f.copy() == f)
groups = set()
for word in ["tea", "eat", "ate", "tan", "nat", "bat"]:
    groups.add(frozenset(word))
print(len(groups))

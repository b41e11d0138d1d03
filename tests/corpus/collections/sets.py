a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [7])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference(b)))
print(a <= b, {3, 4} <= a, {3, 4} < a, a < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
s.add(1)
s.add(1)
s.add(2)
print(s, len(s))
s.update([3, 4], (5,), "ab")
print(sorted(s, key=str))
s.discard(100)
s.discard("a")
s.remove("b")
print(sorted(s))
s2 = {10, 20}
print(s2.pop() in (10, 20), len(s2))
c = a.copy()
c |= {9}
c &= {1, 2, 9, 10}
c -= {2}
c ^= {1, 42}
print(sorted(c), sorted(a))
a.intersection_update({1, 2, 3})
print(sorted(a))
a.difference_update({1})
print(sorted(a))
a.symmetric_difference_update({3, 30})
print(sorted(a))
a.clear()
print(a, set(), len(set("mississippi")), sorted(set("mississippi")))
print({1, 2} == {2, 1}, {1} != {1, 2}, 1 in {1, 2}, 3 not in {1, 2})
print(sorted({x % 5 for x in range(20)}), set([1, 1, 2]) == {1, 2})
print(sorted({True, 1, 1.0, 0, False, 0.0}), len({True, 1, 1.0}))
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
print(repr({1}), repr({"single"}))

t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1])
print(t.count(1), t.index(3.0), (1, 1, 2, 1).count(1), (5, 6) in t)
a, b, c, d, (e, f) = t
print(a, b, c, d, e, f)
print((1, 2) + (3,), (0,) * 3, tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1,), (), ((),), (1, 2) < (1, 2, 3), (2,) > (1, 9), (1, 2) == (1, 2))
point = (3, 4)
x, y = point
print(f"x={x} y={y} dist={(x * x + y * y) ** 0.5}")
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), max(pairs), min(pairs))
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
coords = {(0, 0): "origin", (1, 2): "point"}
print(coords[(1, 2)], coords[0, 0])
print(repr((1,)), str(("a", 'b"')), repr(("it's",)))
nested = ((1, 2), (3, (4, (5,))))
print(nested[1][1][1][0], len(nested))
print(hash((1, 2, 3)) == hash((1, 2, 3)), list(zip(*[(1, "a"), (2, "b")])))

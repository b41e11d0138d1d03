nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in nums if x % 2))
print(list(x for x in nums if x > 3))
print(any(x > 8 for x in nums), all(x > 0 for x in nums))
g = (x + 1 for x in nums)
print(next(g), next(g), list(g))
print(sorted((x for x in nums), reverse=True))
print(dict((k, len(k)) for k in ["a", "bb", "ccc"]))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
print("-".join(str(n) for n in range(5)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(min(x for x in [7, 3, 9]), tuple(c for c in "hey"))
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("lazy:", e)

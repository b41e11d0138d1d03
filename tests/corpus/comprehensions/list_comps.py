print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([x if x % 2 else -x for x in range(8)])
print([len(w) for w in "the quick brown fox".split()])
print([n for n in range(2, 50) if all(n % d for d in range(2, n))])
words = ["apple", "Banana", "cherry"]
print([w for w in words if w[0].islower()], [w[::-1] for w in words])
print([i for i in []], [[]for _ in range(2)])
x = "outer"
squares = [x * 2 for x in "ab"]
print(squares, x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([sum(row) for row in matrix], [max(col) for col in zip(*matrix)])
print([(i, c) for i, c in enumerate("xyz") if i != 1])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([[c for c in w] for w in ("ab", "cd")])

# List, dict and set comprehensions and generator expressions.

squares = [n * n for n in range(10)]
evens = [n for n in squares if n % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(squares)
print(evens)
print(pairs)

lengths = {word: len(word) for word in "the quick brown fox".split()}
print(lengths)
print(sorted({n % 4 for n in range(20)}))

print(sum(n * n for n in range(1000)))
print(any(n > 990 for n in range(1000)), all(n < 10 for n in range(5)))

grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[i] for i, row in enumerate(grid)])

def primes_upto(n):
    return [p for p in range(2, n + 1) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes_upto(60))
pythagorean = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythagorean)
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]
print(transpose([[1, 2, 3], [4, 5, 6]]))
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in identity:
    print(" ".join(str(v) for v in row))
word_lengths = {w: len(w) for w in "now is the time for all good men".split()}
print(sorted(word_lengths.items(), key=lambda kv: (kv[1], kv[0])))
print([n for n in range(1, 500) if sum(d for d in range(1, n) if n % d == 0) == n])
chess = [f"{file}{rank}" for rank in range(8, 6, -1) for file in "abcdefgh"]
print(chess)

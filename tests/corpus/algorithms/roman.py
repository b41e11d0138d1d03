VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def to_roman(n):
    parts = []
    for value, symbol in VALUES:
        count, n = divmod(n, value)
        parts.append(symbol * count)
    return "".join(parts)

def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s):
        value = SYMBOLS[ch]
        if value < prev:
            total -= value
        else:
            total += value
            prev = value
    return total

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666):
    r = to_roman(n)
    print(f"{n:>5} -> {r:<15} -> {from_roman(r)}")
assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))
print("round trip ok for 1..3999")
longest = max(range(1, 4000), key=lambda n: (len(to_roman(n)), n))
print(longest, to_roman(longest), len(to_roman(longest)))
lengths = {}
for n in range(1, 4000):
    k = len(to_roman(n))
    lengths[k] = lengths.get(k, 0) + 1
print(sorted(lengths.items()))

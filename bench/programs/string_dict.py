# String building and dict counting: slicing, concatenation, join, dict get/set.
def words(n):
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = []
    x = 7
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        length = 2 + x % 5
        start = (x >> 8) % 20
        word = letters[start:start + length] + letters[(x >> 16) % 26]
        if x % 3 == 0:
            word = word.upper()
        out.append(word)
    return out

counts = {}
for w in words(700000):
    counts[w] = counts.get(w, 0) + 1
parts = []
for w in sorted(counts):
    parts.append(w + ":" + str(counts[w]))
text = ",".join(parts)
print(len(counts), len(text), max(counts.values()))

text = "it was the best of times it was the worst of times it was the age of wisdom"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in by_count[:5]:
    print(f"{word:>8} {n}")
first_letter = {}
for word in text.split():
    first_letter.setdefault(word[0], []).append(word)
for letter in sorted(first_letter):
    print(letter, sorted(set(first_letter[letter])))
inverted = {}
for word, n in counts.items():
    inverted.setdefault(n, []).append(word)
print(inverted)
lengths = {word: len(word) for word in counts}
print(max(lengths, key=lengths.get), min(lengths.values()))
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(2, 1)], sum(grid.values()), [k for k, v in grid.items() if v % 4 == 0])

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way - in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.
"""

def normalize(word):
    return "".join(c for c in word.lower() if c.isalpha())

counts = {}
total = 0
for line in TEXT.strip().splitlines():
    for raw in line.split():
        word = normalize(raw)
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
        total += 1

print("total words:", total)
print("distinct words:", len(counts))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 10:")
for rank, (word, n) in enumerate(ranked[:10], 1):
    bar = "#" * n
    print(f"{rank:>2}. {word:<10} {n:>3} {bar}")
singletons = sorted(w for w, n in counts.items() if n == 1)
print(len(singletons), singletons[:8])
by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
for length in sorted(by_length):
    print(length, len(by_length[length]), sorted(by_length[length])[:4])
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest, f"{counts['it'] / total:.2%} of words are 'it'")

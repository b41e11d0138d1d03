# Counts the words of a short text and prints the most frequent ones.

TEXT = """
Beautiful is better than ugly. Explicit is better than implicit.
Simple is better than complex. Complex is better than complicated.
Flat is better than nested. Sparse is better than dense.
Readability counts.
"""

counts = {}
for word in TEXT.lower().split():
    word = word.strip(".,")
    counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
print(f"{len(counts)} distinct words, {sum(counts.values())} in all")
for word, n in ranked[:6]:
    print(f"{word:<12}{n:>3} {'*' * n}")

parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for ch in "abcdef":
    s = ch + s
print(s)
acc = ""
for i in range(5):
    acc += f"[{i}]"
print(acc, len(acc))
lines = ["first", "second", "third"]
report = "\n".join(f"{n}: {line}" for n, line in enumerate(lines, 1))
print(report)
sentence = "the cat sat on the mat"
capitalized = " ".join(w.capitalize() for w in sentence.split())
print(capitalized)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
print("".join(c for c in "H3ll0 W0rld" if not c.isdigit()))
print("".join(chr(ord(c) + 1) for c in "HAL"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print("".join(f"{k}{v}" for k, v in sorted(counts.items())))

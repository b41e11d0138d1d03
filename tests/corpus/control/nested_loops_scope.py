for i in range(3):
    pass
print(i)
for i in range(10, 12):
    inner = i * 2
print(i, inner)
counter = 0
for a in range(4):
    for b in range(a):
        for c in range(b):
            counter += 1
print(counter)
triples = []
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)
table = []
for row in range(1, 6):
    line = ""
    for col in range(1, 6):
        line += f"{row * col:4}"
    table.append(line)
print("\n".join(table))

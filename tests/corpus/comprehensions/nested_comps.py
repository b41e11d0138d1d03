board = [["." for _ in range(5)] for _ in range(3)]
board[1][2] = "#"
print("\n".join("".join(row) for row in board))
mult = {i: {j: i * j for j in range(1, 4)} for i in range(1, 4)}
print(mult, mult[2][3])
flat = [c for word in ["ab", "cd", "ef"] for c in word]
print(flat)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
diag = [[row[i] for i, row in enumerate(m)] for m in ([[1, 2], [3, 4]], [[5, 6], [7, 8]])]
print(diag)
sums = [sum(x for x in range(n)) for n in range(6)]
print(sums)
text = ["alpha beta", "gamma", "delta epsilon zeta"]
print([[w.upper() for w in line.split() if len(w) > 4] for line in text])

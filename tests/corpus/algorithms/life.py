def parse(picture):
    cells = set()
    for r, line in enumerate(picture.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells

def step(cells, rows, cols):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr == 0 and dc == 0:
                    continue
                key = ((r + dr) % rows, (c + dc) % cols)
                counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}

def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))

glider = parse("""
.#......
..#.....
###.....
........
........
........
""")
rows, cols = 6, 8
board = glider
for generation in range(5):
    print(f"generation {generation}: {len(board)} alive")
    print(render(board, rows, cols))
    board = step(board, rows, cols)
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print(sorted(b1), b2 == blinker)
board = glider
for _ in range(24):
    board = step(board, rows, cols)
print(sorted(board), board == glider)
seen = {}
board = parse("""
.##.
##..
.#..
""")
for gen in range(60):
    key = tuple(sorted(board))
    if key in seen:
        print("cycle from", seen[key], "to", gen)
        break
    seen[key] = gen
    board = step(board, 8, 8)
else:
    print("no cycle in 60 generations,", len(board), "alive")

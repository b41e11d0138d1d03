class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, key):
        return key in self.cells
    def __bool__(self):
        return bool(self.cells)

g = Grid(3, 2)
print(bool(g), len(g))
g[0, 0] = "#"
g[2, 1] = "@"
print(bool(g), len(g), (0, 0) in g, (1, 1) in g, (1, 1) not in g)
for y in range(2):
    print("".join(g[x, y] for x in range(3)))
del g[0, 0]
print(len(g), g[0, 0])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for v in Seq():
    print(v, end=" ")
print()

class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), not Sized())

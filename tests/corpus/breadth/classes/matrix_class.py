class Matrix:
    def __init__(self, rows):
        if len({len(r) for r in rows}) > 1:
            raise ValueError("ragged rows")
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} do not align")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def transpose(self):
        return Matrix(list(zip(*self.rows)))
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(width) for x in r) for r in self.rows)
    def __repr__(self):
        return f"Matrix({self.rows})"

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
print(repr(a + b), a.shape, (2 * a).rows, (a * 3).rows)
print(a @ Matrix.identity(2) == a, a.transpose())
m = Matrix([[1, 2, 3]])
print(m.shape, (m @ m.transpose()).rows)
for bad in [lambda: Matrix([[1], [1, 2]]), lambda: m @ m]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matpow(m, e):
    result = identity(len(m))
    while e:
        if e % 2:
            result = matmul(result, m)
        m = matmul(m, m)
        e //= 2
    return result

def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * determinant(minor)
    return total

def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(width) for v in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(matmul(b, a))
fibm = matpow([[1, 1], [1, 0]], 50)
print(fibm)
m = [[2, -1, 0, 3], [1, 3, 2, -2], [0, 1, 4, 1], [5, 0, -3, 2]]
print(determinant(m), determinant(identity(5)), determinant([[1, 2], [2, 4]]))
h = [[1 / (i + j + 1) for j in range(3)] for i in range(3)]
for row in h:
    print([round(v, 4) for v in row])
print(round(determinant(h), 12))
rot = [[0, -1], [1, 0]]
print(matpow(rot, 4) == identity(2), matpow(rot, 2))

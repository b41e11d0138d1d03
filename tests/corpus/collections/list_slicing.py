a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[:-7], a[7:2:-2])
b = a[:]
b[0] = 100
print(a[0], b[0])
a[2:4] = ["x", "y", "z"]
print(a)
a[1:1] = [0.5, 0.75]
print(a)
a[-2:] = []
print(a)
a[::2] = [None] * len(a[::2])
print(a)
a[:] = "abc"
print(a)
c = list(range(10))
c[1::3] = ["A", "B", "C"]
print(c)
c[::-4] = [7, 7, 7]
print(c)
del c[::3]
print(c)
del c[-2:]
print(c)
d = [1, 2, 3]
d[len(d):] = [4, 5]
d[:0] = [-1, 0]
print(d)
e = [0] * 5
e[1:4] = range(3)
print(e)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], m[1][::-1], m[::-1][0], [row[::2] for row in m[::2]])

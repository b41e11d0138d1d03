a = b = c = 7
print(a, b, c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
a, b, c = "xyz"
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
one, *empty, two = [1, 2]
print(one, empty, two)
[m, n] = [10, 20]
print(m, n)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
t = 1,
print(t, type(t).__name__)
u = ()
print(u, len(u))
name = "x"
name2 = name
name = "y"
print(name, name2)

x = 1
x = y = z = 2
a, b = b, a
[a, b] = c
(a, b), c = d
a, *b, c = range(5)
x.attr = 1
x[0] = x[1:2] = 3

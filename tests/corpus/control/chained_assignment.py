a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
i = j = k = 0
i += 1; j += 2; k += 3
print(i, j, k)
p, q = r, s = 1, 2
print(p, q, r, s)
first = second = "same"
print(first is second)
lst = [0, 0, 0]
idx = lst[0] = 2
print(idx, lst)
d = {}
d["a"] = d["b"] = 1
print(d)
m = n = o = 10 ** 3
print(m + n + o)

x = 1
y = -2
z = x + y * 3 - (x ** 2) // 4 % 5
big = 24 * 60 * 60
s = "abc" * 2
t = (1, 2, (3, 4))
lst = [1, 2, 3]
small = [x, y]
st = {1, 2, 3}
d = {"a": 1, "b": 2}
d2 = {x: y}
e = {}
ok = x < y <= z
both = x and y or z
neg = not x
inv = ~x
print(x is None, x is not None, x in lst, x not in lst, not x in lst)
a, b = b, a
a, b, c = c, b, a
p, q = 1, 2
first, *rest = lst
lst[0] = lst[-1]
lst[1:2] = [9]
s2 = lst[::2]
del lst[0], d["a"]
x += 1
lst[0] *= 2
o.attr -= 3
f"{x}-{y!r:>10}-{z:{w}}"

x = 5
print(x)
del x
x = "again"
print(x)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b = 1, 2
del a, b
a = 3
print(a)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
del m[:]
print(m)

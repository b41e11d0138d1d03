a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x + y + z)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
(a, b), (c, d) = "ab", [3, 4]
print(a, b, c, d)
first, *middle, last = "hello"
print(first, middle, last)
*start, end = (1,)
print(start, end)
a, *b = range(5)
print(a, b)
a, b, *c, d, e = range(10)
print(a, b, c, d, e)
for i, (name, score) in enumerate([("ann", 9), ("ben", 7)]):
    print(i, name, score)
pairs = [(1, [2, 3]), (4, [5, 6])]
for n, (p, q) in pairs:
    print(n * p * q)
print(*[1, 2], *(3,), *"ab")
print([*range(3), *[9, 9]], (*"xy", 1), {*"aab"} == {"a", "b"})
print({**{"a": 1}, **{"b": 2}, "c": 3}, {**{"a": 1}, "a": 2})
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(1, *[2, 3]), f(*(1, 2), 3), f(**{"a": 3, "b": 2, "c": 1}), f(1, **{"c": 5, "b": 0}))
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*matrix)))
a = b = 1
a, b = a + b, a
a, b = a + b, a
print(a, b)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)

a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, (second, *rest) = 0, [1, 2, 3]
print(first, second, rest)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1, 2]})
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)

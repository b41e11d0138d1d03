square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in "+-*/":
    print(sym, ops[sym](12, 4))
make_power = lambda n: lambda x: x ** n
cube = make_power(3)
print(cube(3), make_power(0.5)(16))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
points = [(1, 5), (3, 1), (2, 2)]
print(max(points, key=lambda p: p[1]), min(points, key=lambda p: p[0] + p[1]))
identity = lambda x: x
print(identity(identity)(42))
print((lambda x: (lambda y: x + y))(10)(5))

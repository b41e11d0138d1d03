print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({x % 7 for x in range(50)}), {c for c in "aaa"})
print({w: len(w) for w in "to be or not to be".split()})
print({(x, y): x * y for x in range(2) for y in range(2)})
grades = {"ann": 91, "bob": 72, "cy": 85, "di": 64}
print({name: ("pass" if g >= 70 else "fail") for name, g in grades.items()})
print(sorted({g // 10 * 10 for g in grades.values()}))
inverse = {}
for name, g in grades.items():
    inverse[g] = name
print({g: inverse[g] for g in sorted(inverse)})
print(len({i: i for i in range(1000)}), {i: i for i in []})

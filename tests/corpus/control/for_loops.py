for i in range(3):
    for j in range(3):
        if j == i:
            continue
        print((i, j), end=" ")
print()
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
for ch in "abc":
    pass
print("loop var after loop:", ch)
for i, v in enumerate("xyz", 10):
    print(i, v)
for a, b in zip(range(3), "pqr"):
    print(a, b, end="|")
print()
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
total = 0
for i in range(100):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(99)
    if len(lst) > 5:
        break
print(lst)
result = []
for i in range(5):
    for j in range(5):
        if i * j > 6:
            break
        result.append(i * j)
print(result)

x = 10
result = [x for x in range(3)]
print(result, x)
y = 5
result = [y * i for i in range(3)]
print(result)
i = "unchanged"
_ = [i for i in range(5)]
print(i)
def f():
    k = 3
    return [k * j for j in range(4)]
print(f())
funcs = [lambda: n for n in range(3)]
print([g() for g in funcs])
funcs2 = [lambda n=n: n for n in range(3)]
print([g() for g in funcs2])
outer = [[j for j in range(i)] for i in range(4)]
print(outer)
n = 4
print({k: [k] * n for k in range(2)}, sorted({n * k for k in range(3)}))
data = [[1, 2], [3, 4]]
print([elem for row in data for elem in row if elem != row[0]])

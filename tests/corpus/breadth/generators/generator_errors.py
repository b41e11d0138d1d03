def bad():
    yield 1
    yield 1 / 0

g = bad()
print(next(g))
next(g)

def invert(x):
    return 1 / x
print([invert(x) for x in (1, 2, 4)])
print([invert(x) for x in (3, 0, 5)])

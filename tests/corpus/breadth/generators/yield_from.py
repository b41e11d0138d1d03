def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    r1 = yield from inner(2)
    print("inner returned", r1)
    r2 = yield from inner(3)
    print("inner returned", r2)
    yield from ["a", "b"]
    yield from (c.upper() for c in "xy")

print(list(outer()))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def tree(n, depth=0):
    yield "  " * depth + str(n)
    for child in range(n):
        yield from tree(child, depth + 1)
print("\n".join(tree(3)))

def two(a, b):
    return a + b

def defaults(a, b=1, c=2):
    return a + b + c

cases = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, a=3),
    lambda: two(1, c=2),
    lambda: defaults(),
    lambda: defaults(1, 2, 3, 4),
    lambda: two(**{"a": 1}),
    lambda: two(*[1, 2], **{"b": 3}),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, *, y: 0)(1),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print(defaults(1), defaults(1, c=10))
two(1, 2, 3)

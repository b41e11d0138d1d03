values = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [[]], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(3)]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
print([v for v in values if v])
print(len([v for v in values if not v]))
print(any(values), all(values), all([]), any([]))
print(0 or None, None and 0, "" and 1 or 2, 1 and "" or 3)
a = []
b = a or [1]
print(b, a or None, a and 5)

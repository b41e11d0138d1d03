def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return (i, item)
result = find(["a", "b"], "b")
print(result[0])
missing = find(["a", "b"], "z")
print(missing[0])

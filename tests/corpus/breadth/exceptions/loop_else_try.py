def search(items, target):
    for i, v in enumerate(items):
        try:
            if v == target:
                break
        finally:
            pass
    else:
        return "not found"
    return f"found at {i}"
print(search([1, 2, 3], 2), search([1, 2], 9))
n = 0
while n < 3:
    try:
        n += 1
        if n == 5:
            break
    except Exception:
        pass
else:
    print("while finished normally at", n)
results = []
for value in ["1", "x", "3", None]:
    try:
        number = int(value)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append(number)
    finally:
        results.append("|")
print(results)

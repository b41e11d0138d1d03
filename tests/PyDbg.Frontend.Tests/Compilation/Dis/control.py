def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    else:
        return "positive"

def loops(items):
    total = 0
    for i in items:
        if i % 2:
            continue
        if i > 10:
            break
        total += i
    else:
        total = -1
    while total > 100:
        total -= 7
    while True:
        total += 1
        if total > 5:
            break
    n = 0
    while n < 3:
        n += 1
    else:
        print("done")
    return total

def conditions(a, b, c):
    if a and b or not c:
        print(1)
    if a < b < c:
        print(2)
    x = a if b else c
    assert a, "message"
    assert b
    return x

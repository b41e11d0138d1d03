def comps(data, m):
    a = [x * 2 for x in data if x > 0]
    b = {x % m for x in data}
    c = {k: v for k, v in data.items() if v}
    d = [(i, j) for i in range(3) for j in range(i) if i != j]
    g = (x + m for x in data)
    e = [y for x in data for y in [x]]
    return a, b, c, d, sum(g), e

def gen(n):
    for i in range(n):
        received = yield i
        print(received)
    yield from range(3)
    return "done"

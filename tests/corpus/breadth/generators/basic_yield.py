def squares(n):
    for i in range(n):
        yield i * i

g = squares(4)
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(squares(10)), max(squares(5)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)
def empty():
    return
    yield
print(list(empty()))
def with_return():
    yield 1
    return "value"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

def counter(start):
    print("started")
    n = start
    while n < start + 3:
        yield n
        n += 1
    print("ending")

c = counter(5)
print("created")
for v in c:
    print("value", v)
gen = counter(0)
print(next(gen))
print([v for v in gen])
def running():
    yield type(gen_ref).__name__
gen_ref = running()
print(next(gen_ref))
def pipeline():
    src = range(10)
    evens = (x for x in src if x % 2 == 0)
    doubled = (x * 2 for x in evens)
    return list(doubled)
print(pipeline())
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())), list(take(2, take(4, "abcdef"))))

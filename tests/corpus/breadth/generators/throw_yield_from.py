def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "from inner"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("outer done", r)
    yield "outer end"
g = outer()
print(next(g))
print(g.throw(ValueError("x")))
g.close()
print("closed")

def inner2():
    try:
        yield 1
    except KeyError:
        return "inner result"
def outer2():
    try:
        r = yield from inner2()
        print("outer got", r)
        yield "next"
        r2 = yield from inner2()
    except ValueError as e:
        print("outer caught", e)
        yield "handled"
g = outer2()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(g.throw(ValueError("v")))

def f():
    return
def g():
    return 1, 2
def h():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    await_ = (yield)
    return (yield from w)
def i():
    return *a, *b

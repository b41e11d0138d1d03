lambda: 0
lambda x: x
lambda x, y=1: x + y
lambda *a, **k: (a, k)
lambda a, /, b, *, c: 0
lambda *, a=1: a
f = lambda: (yield)

def f(): pass
def g(a, b=1, *args, c, d=2, **kw): return a
def h(a, b, /, c, *, d): pass
def i(a=1, /, b=2): pass
def j(*, a=1, b): pass
def k(a: int, b: "str" = "x", *c: tuple, d: float, **e: dict) -> None:
    pass
def l(a, b,): pass
def m(
    a,
    b=2,
):
    return a + b

@dec
def f(): pass

@dec.attr
@dec2(1, x=2)
@(lambda f: f)
def g():
    """docstring"""
    return 1

@cls_dec
class C: pass

import math
from os import path as p, sep

def defaults(a, b=2, *args, c, d=4, **kwargs):
    return a + b + c + d

def annotated(x: int, y: "str" = "s") -> bool:
    return True

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

total = 0
def bump():
    global total
    total += 1

@staticmethod
@decorate(1)
def decorated():
    pass

square = lambda v: v * v

def calls(f, args, kw):
    f(1, 2, x=3)
    f(*args)
    f(1, *args, **kw)
    f(**kw)
    math.sqrt(2)
    args.append(1)
    args.sort(key=len, reverse=True)
    return len(args)

f()
f(1)
f(1, 2,)
f(a, *b)
f(*a, *b)
f(a=1)
f(a=1, **b)
f(**a, **b)
f(1, *a, b=2, **c)
f(a)(b)(c)
f(*a, b, c=1)
f(x := 1)
f(a=1, *b)
f(
    1,
    2,
)

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2())
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def doc():
    """Returns nothing."""
print(doc.__doc__, doc.__name__)
print(append_to.__defaults__ is not None, make_counter.__name__)

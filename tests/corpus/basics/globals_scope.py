counter = 0

def increment():
    global counter
    counter += 1
    return counter

def read_only():
    return counter * 10

def shadow():
    counter = 99
    return counter

increment()
increment()
print(counter, read_only(), shadow(), counter)

def make_global():
    global created
    created = "made inside"

make_global()
print(created)

total = 100
def outer():
    total = 1
    def inner():
        nonlocal total
        total += 10
        return total
    inner()
    inner()
    return total
print(outer(), total)

def uses_builtin():
    return len("abc")
print(uses_builtin())

x = "global x"
def f():
    x = "f's x"
    def g():
        return x
    return g()
print(f(), x)

x = "global"
def read_global():
    return x
def local_shadow():
    x = "local"
    return x
def nested():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(read_global(), local_shadow(), nested(), x)
def set_global():
    global x
    x = "modified"
set_global()
print(x)
calls = 0
def counter():
    global calls
    calls = calls + 1
for _ in range(3):
    counter()
print(calls)
def builtins_shadow():
    len = lambda s: 42
    return len("abc")
print(builtins_shadow(), len("abc"))
def param_shadow(x):
    x = x * 2
    return x
print(param_shadow(21), x)
def make():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add
adder = make()
print(adder("a"), adder("b"))
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3()
        return l2()
    return l1()
print(deep())

x = "global"
class C:
    x = "class"
    y = x + "!"
    items = [x for _ in range(2)]
    def method(self):
        return x
    def other(self):
        return self.x
print(C.y, C.items, C().method(), C().other())

class Counter:
    n = 0
    for i in range(5):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))

def make():
    v = "enclosed"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner
I = make()
print(I.w, I().get())
class Doc:
    "the docstring"
    def m(self):
        "method doc"
print(Doc.__doc__, Doc.m.__doc__, Doc.__name__, Doc.__qualname__)
print(C.method.__qualname__, I.__qualname__)

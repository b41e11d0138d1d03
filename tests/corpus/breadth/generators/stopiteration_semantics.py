def g():
    yield 1
    raise StopIteration("inside")

try:
    list(g())
except RuntimeError as e:
    print("RuntimeError:", e)

it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

def manual():
    it = iter("ab")
    while True:
        try:
            c = next(it)
        except StopIteration:
            return "finished"
        print("char", c)
print(manual())
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "only"
print([x for x in Once()], list(zip(Once(), "xyz")))

def worker():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("recovered from", e)
            yield "recovered"

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.send(2)
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
def simple():
    yield 1
s = simple()
try:
    s.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("raised at start:", e)

log = []
class Tag:
    def __init__(self, t):
        self.t = t
    def __enter__(self):
        log.append("<" + self.t + ">")
        return self.t
    def __exit__(self, *exc):
        log.append("</" + self.t + ">")

with Tag("html") as h:
    with Tag("body") as b:
        log.append(h + "/" + b)
print("".join(log))
class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class Transaction:
    def __init__(self):
        self.ops = []
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t:
            print("rollback", len(self.ops), "ops because", v)
            self.ops.clear()
            return True
        print("commit", self.ops)
with Transaction() as tx:
    tx.ops.append("a")
    tx.ops.append("b")
with Transaction() as tx:
    tx.ops.append("c")
    raise RuntimeError("conflict")
print("end", tx.ops)

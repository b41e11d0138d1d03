class Noisy:
    def __init__(self, fail_exit):
        self.fail_exit = fail_exit
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None)
        if self.fail_exit:
            raise RuntimeError("exit failed")
        return False

try:
    with Noisy(True):
        raise ValueError("body")
except RuntimeError as e:
    print("got", e, "context", repr(e.__context__))
class Enter:
    def __enter__(self):
        raise KeyError("no enter")
    def __exit__(self, *a):
        print("never")
try:
    with Enter():
        print("never body")
except KeyError as e:
    print("enter failed", e)
with Noisy(False) as n:
    print(type(n).__name__)

class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
with Managed("a") as m:
    print("inside", m.name)
with Managed("b"), Managed("c"):
    print("two managers")
with Managed("d"):
    raise KeyError("suppressed")
print("after suppressed")

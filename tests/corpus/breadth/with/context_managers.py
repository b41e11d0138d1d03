class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False

with Resource("a") as r:
    print("inside", r.name)
try:
    with Resource("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)
def early():
    with Resource("ret"):
        return "returned"
print(early())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)

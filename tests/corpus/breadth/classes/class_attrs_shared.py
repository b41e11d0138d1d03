class Bag:
    shared = []
    def __init__(self):
        self.own = []
    def add(self, x):
        self.shared.append(x)
        self.own.append(x)

a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.own, b.own, Bag.shared)
Bag.version = 2
print(a.version, b.version)
b.version = 3
print(a.version, b.version, Bag.version)
del b.version
print(b.version)
print("version" in Bag.__dict__, "own" in Bag.__dict__)
print(sorted(k for k in Bag.__dict__ if not k.startswith("__")))

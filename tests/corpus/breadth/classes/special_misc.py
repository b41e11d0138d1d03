class Box:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return reversed(self.items)
    def __contains__(self, v):
        return v in self.items
    def __index__(self):
        return len(self.items)
    def __int__(self):
        return 42
    def __float__(self):
        return 1.5
    def __eq__(self, o):
        return isinstance(o, Box) and self.items == o.items

b = Box("abc")
print(len(b), list(b), list(reversed(b)), "b" in b, "z" in b)
print([10, 20, 30, 40][b], int(b), float(b), bin(b))
print(sorted(b, reverse=True), enumerate(b).__class__.__name__)
print(Box([1]) == Box([1]), Box([1]) != Box([2]))
print(" ".join(b))

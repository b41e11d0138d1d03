class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, b > a, a <= c, b >= a)
print(a == 5, a != "x")
print(sorted([b, a, Version(0, 9)]))
print(max([a, b]), min([a, b]))
print(len({a, b, c}))
d = {a: "first"}
print(d[c])

class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("gt called")
        return self.v > other.v
r1, r2 = Rev(1), Rev(2)
print(r1 < r2)

class MyList(list):
    def total(self):
        return sum(self)
a = MyList([3, 1, 2])
a.append(5)
a.sort()
print(a, repr(a), str(a), len(a), a.total(), type(a).__name__, type(a) is MyList)
print(isinstance(a, list), isinstance(a, MyList), issubclass(MyList, list))
print(a == [1, 2, 3, 5], [1, 2, 3, 5] == a, a != a, a[0], a[-1], a[1:3], type(a[1:3]).__name__)
print(3 in a, 9 in a, list(a), sorted(a, reverse=True), max(a), [x * 2 for x in a])
b = a + [9]
print(b, type(b).__name__)
a += [7]
print(a, type(a).__name__)
a *= 2
print(a, type(a).__name__, bool(MyList()), bool(a))
a.x = 10
print(a.x, a.__dict__)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
x, *rest = MyList([1, 2, 3])
print(x, rest)
print(MyList(), MyList("ab"), MyList(range(3)))

class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
        self.pushes = len(items)
    def push(self, v):
        self.append(v)
        self.pushes += 1
    def __repr__(self):
        return f"Stack({list.__repr__(self)})"
s = Stack(1, 2)
s.push(3)
print(s, s.pushes, str(s), f"{s}", s.pop(), len(s))

class D(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
d = D()
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, len(d), d.get("z"), "z" in d, sorted(d), type(d).__name__, d == {"a": [1, 2], "b": [3]})
print(list(d.items()), list(d.keys()), dict(d), type(dict(d)).__name__)

class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v.upper())
    def __getitem__(self, k):
        return "<" + super().__getitem__(k) + ">"
l = Logged()
l["x"] = "abc"
print(l["x"], l, l.get("x"))

class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, repr(u), u.shout(), len(u), u + "you", "you" + u, u * 2, u == "hey", "hey" == u, hash(u) == hash("hey"))
print(u[0], u[1:], u.split("e"), "-".join([u, u]), f"[{u:>6}]", "%s!" % u, u.startswith("h"), type(u.upper()).__name__)
print({u: 1}["hey"], {"hey": 2}[u], sorted([Upper("b"), Upper("a")]), str(u) == u, type(str(u)).__name__)

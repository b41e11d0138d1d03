class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), isinstance(s, list), type(s).__name__)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] = c[ch] + 1
print(sorted(c.items()), c["z"], "z" in c)

class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), len(u), u + "you", isinstance(u, str))

class MyError(KeyError):
    pass
try:
    raise MyError("k")
except KeyError as e:
    print("caught", type(e).__name__, e)

class Pos(int):
    def __repr__(self):
        return f"Pos({int(self)})"
p = Pos(5)
print(p + 1, repr(p), p * 2, p > 3)

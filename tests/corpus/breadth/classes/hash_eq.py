class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

print(Key.__hash__)
try:
    {Key(1)}
except TypeError as e:
    print("TypeError:", e)

class Key2(Key):
    def __hash__(self):
        return hash(self.k)
s = {Key2(1), Key2(1), Key2(2)}
print(len(s))

class Default:
    pass
x = Default()
print(x == x, x == Default(), hash(x) == hash(x))
print(Key(3) == Key(3), Key(3) != Key(4))

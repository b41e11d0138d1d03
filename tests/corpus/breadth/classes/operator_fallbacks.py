class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, A):
            return self.v < other.v
        return NotImplemented

class B:
    def __gt__(self, other):
        print("B.__gt__ reflected")
        return True

a1, a2 = A(1), A(2)
print(a1 == a1, a1 == a2, a1 != a2)
print(a1 < a2, a2 > a1)
print(a1 < B())
for expr in [lambda: a1 <= a2, lambda: a1 < 3, lambda: B() < B(), lambda: [] < 1, lambda: None > None]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
print(sorted([A(3), A(1), A(2)], key=lambda a: a.v)[0].v)
print(max(A(5), A(9)).v)

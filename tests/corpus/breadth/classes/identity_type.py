class A:
    pass
class B(A):
    def clone(self):
        return type(self)()
x = B()
y = x
z = x.clone()
print(x is y, x is z, x == z, type(z).__name__, x.__class__ is B)
print(type(x) == B, type(x) is A, isinstance(z, A))
print(type(A).__name__, type(type).__name__, type(5).__name__, type(None).__name__)
print(A.__name__, B.__base__.__name__, object in B.__mro__)
T = type("T", (A,), {"v": 3, "get": lambda self: self.v * 2})
t = T()
print(T.__name__, t.v, t.get(), isinstance(t, A))
print(callable(A), callable(x), id(x) == id(y))

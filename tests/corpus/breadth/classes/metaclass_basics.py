class Meta(type):
    pass
class K(metaclass=Meta):
    pass
print(type(K).__name__, isinstance(K, Meta), isinstance(K, type), type(K()).__name__)

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.inited = True
    def describe(cls):
        return f"<{cls.__name__} tag={cls.tag}>"
class Base(metaclass=Registry):
    pass
class Child(Base):
    def hello(self):
        return "hi"
print(Registry.classes, Base.tag, Child.tag, Child.inited, Child.describe(), type(Child).__name__, Child().hello())

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value, repr(Config)[:16], Config.__mro__)
X = type("X", (list,), {"size": lambda self: len(self)})
x = X([1, 2])
print(x, x.size(), type(x).__name__, X.__mro__)
Y = Meta("Y", (), {"v": 3})
print(type(Y).__name__, Y.v, Y().v)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(Exception, dict):
        pass
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    pass
class K(metaclass=Meta):
    pass
print(type(K).__name__)

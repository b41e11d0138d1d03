class Temp:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

class Kelvin(Temp):
    scale = "K"

print(Temp.c_to_f(100), Temp(0).c_to_f(37))
t = Temp.from_f(212)
print(type(t).__name__, t.degrees)
k = Kelvin.from_f(32)
print(type(k).__name__, k.degrees)
print(Temp.describe(), Kelvin.describe(), k.describe())

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __len__(self):
        return 2
    def norm2(self):
        return self.x * self.x + self.y * self.y

class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"

v = Vector(1, 2) + Vector(3, 4)
print(v, v * 3, v == Vector(4, 6), len(v), v.norm2())
for a in (Animal("thing"), Dog("rex"), Puppy("bit")):
    print(a.speak(), type(a).__name__, isinstance(a, Dog))
print(Puppy.__mro__[1].__name__, issubclass(Puppy, Animal))

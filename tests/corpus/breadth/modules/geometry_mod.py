"""A helper module imported by the programs beside it (not a test program itself)."""
import math

print("geometry_mod loading, __name__ =", __name__)
PI2 = math.pi * 2
_private = "hidden"

def circle_area(r):
    return math.pi * r * r

class Shape:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Shape({self.name!r})"

if __name__ == "__main__":
    print("never printed when imported")

class Base:
    """A base class."""
    count = 0

    def __init__(self, name):
        self.name = name
        Base.count += 1

    def describe(self):
        return f"{self.name}"

class Child(Base, metaclass=type):
    def describe(self):
        return "child " + super().describe()

    @property
    def upper(self):
        return self.name.upper()

def factory():
    value = 10
    class Local:
        v = value
        def get(self):
            return value
    return Local

class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @property
    def label(self):
        return f"{self.owner}: {self._balance}"

a = Account("ann")
a.balance = 50
print(a.balance, a.label)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
print(a.balance)
try:
    a.label = "x"
except AttributeError as e:
    print("AttributeError")
print(type(Account.balance).__name__)

class Circle:
    def __init__(self, r):
        self.r = r
    area = property(lambda self: 3 * self.r * self.r)
print(Circle(2).area)

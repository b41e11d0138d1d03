"""A bank simulation with exceptions, properties and a transaction log."""


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.shortfall = amount - account.balance


class AccountFrozen(BankError):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")

    def deposit(self, amount):
        self._check(amount)
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check(amount)
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"<{type(self).__name__} {self.number} {self.owner}: {self._balance}>"


class SavingsAccount(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        if interest > 0:
            self.deposit(interest)
        return interest


class CheckingAccount(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        self._check(amount)
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))


class Transaction:
    """Applies transfers atomically: a failure restores both balances."""

    def __init__(self, bank):
        self.bank = bank

    def __enter__(self):
        self.snapshot = {a.number: (a._balance, len(a.history)) for a in self.bank.accounts.values()}
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.bank.log.append("commit")
            return False
        for account in self.bank.accounts.values():
            balance, length = self.snapshot[account.number]
            account._balance = balance
            del account.history[length:]
        self.bank.log.append(f"rollback ({exc_type.__name__})")
        return issubclass(exc_type, BankError)


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, kind, owner, *args, **kwargs):
        account = kind(owner, *args, **kwargs)
        self.accounts[account.number] = account
        return account

    def transfer(self, source, target, amount):
        with Transaction(self):
            source.withdraw(amount)
            target.deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        for number in sorted(self.accounts):
            a = self.accounts[number]
            print(f"  {number} {a.owner:<6} {type(a).__name__:<16} {a.balance:>9.2f}")
        print(f"  total {self.total():.2f}")


bank = Bank()
ann = bank.open(SavingsAccount, "ann", 500)
bob = bank.open(CheckingAccount, "bob", 50, overdraft=200)
cy = bank.open(Account, "cy")
print(ann, bob, cy)

operations = [
    ("deposit", cy, 75), ("withdraw", cy, 100), ("withdraw", bob, 220), ("withdraw", bob, 100),
    ("deposit", ann, -5), ("transfer", ann, cy, 120), ("transfer", cy, bob, 1000),
    ("freeze", bob), ("deposit", bob, 10), ("transfer", ann, bob, 10), ("interest", ann),
]
for op in operations:
    kind, account = op[0], op[1]
    try:
        if kind == "deposit":
            account.deposit(op[2])
        elif kind == "withdraw":
            account.withdraw(op[2])
        elif kind == "transfer":
            bank.transfer(account, op[2], op[3])
        elif kind == "freeze":
            account.frozen = True
        elif kind == "interest":
            print("interest paid:", account.add_interest())
        print(f"ok   {kind:<9} {account.owner}")
    except InsufficientFunds as e:
        print(f"FAIL {kind:<9} {e} (short by {e.shortfall})")
    except BankError as e:
        print(f"FAIL {kind:<9} {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"FAIL {kind:<9} bad request: {e}")
bank.report()
print(bank.log)
for a in (ann, bob, cy):
    print(a.owner, a.history)
print([cls.__name__ for cls in InsufficientFunds.__mro__])
cy.withdraw(10 ** 6)

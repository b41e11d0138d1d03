def withdraw(balance, amount):
    assert amount <= balance, f"insufficient funds: balance {balance}, requested {amount}"
    return balance - amount
b = withdraw(100, 30)
print(b)
b = withdraw(b, 80)
print(b)

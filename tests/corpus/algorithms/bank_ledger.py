transactions = [
    ("alice", "deposit", 500),
    ("bob", "deposit", 300),
    ("alice", "withdraw", 120),
    ("carol", "deposit", 1000),
    ("bob", "withdraw", 400),
    ("carol", "transfer:alice", 250),
    ("alice", "withdraw", 50),
    ("dave", "withdraw", 10),
    ("bob", "deposit", 75),
]
balances = {}
rejected = []
history = {}
for who, action, amount in transactions:
    balance = balances.get(who, 0)
    if action == "deposit":
        balances[who] = balance + amount
    elif action == "withdraw":
        if amount > balance:
            rejected.append((who, action, amount))
            continue
        balances[who] = balance - amount
    elif action.startswith("transfer:"):
        _, target = action.split(":")
        if amount > balance:
            rejected.append((who, action, amount))
            continue
        balances[who] = balance - amount
        balances[target] = balances.get(target, 0) + amount
    history.setdefault(who, []).append(f"{action}({amount})")
for name in sorted(balances):
    print(f"{name:<6}{balances[name]:>8,}  {' '.join(history.get(name, []))}")
print("rejected:", rejected)
print("total:", sum(balances.values()), "richest:", max(balances, key=balances.get))
interest = {name: round(b * 1.035, 2) for name, b in balances.items()}
print(interest)

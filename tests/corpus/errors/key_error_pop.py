inventory = {"apples": 3}
print(inventory.pop("apples"))
print(inventory)
inventory.pop("pears")

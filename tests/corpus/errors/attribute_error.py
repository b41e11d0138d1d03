n = 42
print(n.__class__.__name__)
print(n.foo)

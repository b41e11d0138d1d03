def documented(a, b=1):
    """Adds two numbers."""
    return a + b
print(documented.__name__, documented.__doc__)
f = documented
print(f.__name__, f(1), f is documented)
square = lambda x: x * x
print(square.__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer.__name__)
registry = {}
def register(name, func):
    registry[name] = func
    return func
register("double", lambda x: 2 * x)
register("neg", lambda x: -x)
for name in sorted(registry):
    print(name, registry[name](21))

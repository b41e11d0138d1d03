def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Ben", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
print(greet("Ed", "Hey", "..."))
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, [0]))
def shared_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(shared_default(1), shared_default(2), shared_default(3))
def kwonly(a, *, b=2, c):
    return a + b + c
print(kwonly(1, c=3), kwonly(1, b=10, c=100))
def posonly(a, b, /, c=0):
    return (a, b, c)
print(posonly(1, 2), posonly(1, 2, c=3), posonly(1, 2, 3))
counter_default = 10
def uses_value_at_def(x=counter_default):
    return x
counter_default = 20
print(uses_value_at_def())
def no_return():
    x = 1
print(no_return())
def early(n):
    if n > 0:
        return "positive"
    return
print(early(1), early(-1))
def multiple():
    return 1, "two", [3]
a, b, c = multiple()
print(a, b, c, multiple())

assert True
assert 1 == 1, "never shown"
assert [1], "nonempty list is truthy"
x = 10
assert x > 5 and x < 20
assert isinstance(x, int), f"x is {type(x).__name__}"
print("all assertions passed")
def check(n):
    assert n >= 0, "negative"
    return n * 2
print(check(4), check(0))

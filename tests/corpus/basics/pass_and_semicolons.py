def nothing():
    pass
print(nothing())
if True: print("one-line if")
for i in range(3): print(i, end=" ")
print()
a = 1; b = 2; print(a + b)
while False: pass
x = (1 +
     2 +
     3)
print(x)
y = [
    1,
    2,
    3,
]
print(y)
z = 1 + \
    2
print(z)
s = ("implicit "
     "concatenation")
print(s)
# comment only line
print("after comment")  # trailing comment
def doc():
    """A docstring."""
    return 42
print(doc())

n = 0
while n < 5:
    print(n, end=" ")
    n += 1
print()
n = 10
while n:
    n -= 3
    if n < 0:
        break
    print(n, end=" ")
else:
    print("no break")
print("after", n)
i = 0
while i < 3:
    i += 1
else:
    print("while-else ran, i =", i)
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    print("odd", i)
a, b = 0, 1
fibs = []
while len(fibs) < 15:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
digits = []
num = 9075
while num > 0:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits[::-1])

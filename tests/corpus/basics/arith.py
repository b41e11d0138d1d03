a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 10 ** -2)
print(7 / 2, 8 / 2, -7 / 2, 1 / 3)
print(1 + 2 * 3 - 4 / 2)
print((1 + 2) * (3 - 4) / 5)
print(+a, -a, --a, -(-a))
x = 10
x += 3
print(x)
x -= 1
print(x)
x *= 2
print(x)
x //= 5
print(x)
x **= 3
print(x)
x %= 7
print(x)
x /= 2
print(x)
y = 255
y &= 0x0F
print(y)
y |= 0x30
print(y)
y ^= 0xFF
print(y)
y <<= 2
print(y)
y >>= 3
print(y)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(abs(-5), abs(5), abs(0), abs(-3.5))

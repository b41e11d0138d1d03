a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 >> 1, -8 >> 1, -1 << 3, -5 & 3, -5 | 3, -5 ^ 3, ~-1, ~0)
print(1 << 64, (1 << 64) - 1 & 0xFF, 0xFFFFFFFFFFFFFFFF ^ 0xF0F0F0F0F0F0F0F0)
print(-(1 << 70) >> 3, -(1 << 70) & 0xFFFF, (1 << 70) | -1)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print(popcount(2 ** 100 - 1))
print(len(bin(255)) - 2, len(bin(256)) - 2, len(bin(2 ** 100)) - 2)
mask = 0
for bit in (0, 3, 5, 63, 64):
    mask |= 1 << bit
print(mask, hex(mask))
print([(mask >> bit) & 1 for bit in range(8)])
x = 0x12345678
print(hex((x >> 16) & 0xFFFF), hex(x & 0xFFFF), hex(((x << 8) | (x >> 24)) & 0xFFFFFFFF))
print(5 & True, True << 3, 7 >> True)

# Nested loops over int arithmetic: a checksum over a 2-D grid of mixed operations.
def checksum(n):
    total = 0
    for i in range(n):
        row = 0
        for j in range(n):
            v = (i * 31 + j * 17) % 1009
            if v & 1:
                row += v // 3
            else:
                row -= v % 7
        total = (total * 7 + row) % 1000000007
    return total

print(checksum(2000))

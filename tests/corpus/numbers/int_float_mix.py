values = [0, 1, -3, 2.5, -0.5, 10 ** 20, 1e20]
for a in values[:5]:
    row = []
    for b in values[:5]:
        row.append(a + b)
    print(row)
print(10 ** 20 == 1e20, 10 ** 20 + 1 == 1e20, 10 ** 20 < 1e20 + 1e5)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(1 == 1.0, 1 < 1.5 < 2, 3 > 2.999999)
print(sum([1, 2.5, 3]), sum(range(5), 0.5), max(1, 2.5, 2), min(-1, -1.5))
print(5 // 2.0, 5 % 2.5, -5 // 2.0, 5 / 5, 0 / 1)
print(int(2.5) + 1, float(2) + 1, 7 // 2 * 2.0)
print(sorted([3, 1.5, 2, -0.5, 10 ** 10, 2.0]))
print(abs(-3) + abs(-3.0), round(7 / 3, 3), round(10 / 4))
total = 0
for i in range(1, 11):
    total += 1 / i
print(total, round(total, 5))
mean = sum([2, 4, 4, 4, 5, 5, 7, 9]) / 8
var = sum((x - mean) ** 2 for x in [2, 4, 4, 4, 5, 5, 7, 9]) / 8
print(mean, var, var ** 0.5)
celsius = [-40, 0, 37, 100]
print([c * 9 / 5 + 32 for c in celsius])

for v in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.5000001]:
    print(v, round(v), round(v, 0), round(v, 1))
for v in [1.115, 1.125, 1.135, 2.345, 2.355, 0.045, 0.055]:
    print(v, round(v, 2))
for n in [5, 15, 25, 35, 45, 150, 250, -250, 12345, -12355]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 2))
print(round(1e300, -299), round(123.456, 10), round(1234.5678, -2))
print(round(0.0), round(-0.0), round(-0.4), round(1e16 + 0.5))
print(round(10 ** 25 + 5, -1), round(2 ** 70, -5))

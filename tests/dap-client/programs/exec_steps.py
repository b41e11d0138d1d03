def square(n):
    result = n * n
    return result

values = [1, 2, 3]
total = 0
for v in values:
    total += square(v)
print('total', total)

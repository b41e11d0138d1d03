def square(n):
    result = n * n
    return result


total = 0
for i in range(5):
    total += square(i)

print("total", total)

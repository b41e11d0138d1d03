value = 5
print(value * 2)
result = value(3)
print(result)

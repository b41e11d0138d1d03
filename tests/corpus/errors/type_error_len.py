values = [1, 2, 3]
print(len(values))
count = 7
print(len(count))

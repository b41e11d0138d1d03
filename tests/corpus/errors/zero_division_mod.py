values = [5, 3, 0, 2]
for v in values:
    print(100 % v)

values = [4, 5, 6]
print(len(values))
print(lenn(values))

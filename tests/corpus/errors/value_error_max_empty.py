scores = [3, 9, 4]
print(max(scores))
print(max([], default="none"))
print(max([s for s in scores if s > 10]))

seen = {}
seen[(1, 2)] = "tuple ok"
print(seen)
seen[[1, 2]] = "list key"

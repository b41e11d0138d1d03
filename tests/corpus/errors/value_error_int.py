inputs = ["12", " 7 ", "-3", "x"]
total = 0
for s in inputs:
    total += int(s)
    print("running total", total)

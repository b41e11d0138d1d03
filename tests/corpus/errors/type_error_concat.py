total = 42
message = "total: " + str(total)
print(message)
print("total: " + total)

counter = 10
def bump():
    return countr + 1
print(counter)
bump()

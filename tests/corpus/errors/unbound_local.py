counter = 10
def bump():
    print("bumping")
    counter += 1
    return counter
bump()

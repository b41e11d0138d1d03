def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
search([1, 2, 3], 2)
search([1, 2, 3], 7)
search([], 1)
n = 5
while n > 0:
    n -= 1
    if n == 10:
        break
else:
    print("while completed, n =", n)
for i in range(3):
    for j in range(3):
        if i + j == 3:
            break
    else:
        print("inner completed for i =", i)
        continue
    print("inner broke for i =", i, "j =", j)

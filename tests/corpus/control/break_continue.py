found = None
for word in ["apple", "banana", "cherry", "date"]:
    if word.startswith("c"):
        found = word
        break
print(found)
odds = []
for n in range(20):
    if n % 2 == 0:
        continue
    if n > 15:
        break
    odds.append(n)
print(odds)
count = 0
i = 0
while i < 100:
    i += 1
    if i % 7:
        continue
    count += 1
    if count == 5:
        break
print(i, count)
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v < 0:
            print("first negative at", r, c)
            break
    else:
        continue
    break
def first_duplicate(seq):
    seen = set()
    for x in seq:
        if x in seen:
            return x
        seen.add(x)
    return None
print(first_duplicate([3, 1, 4, 1, 5]), first_duplicate("abcdb"), first_duplicate([]))
for i in range(3):
    try_count = 0
    while True:
        try_count += 1
        if try_count >= i + 1:
            break
    print(i, try_count)

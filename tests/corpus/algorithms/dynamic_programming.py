def lcs(a, b):
    rows, cols = len(a) + 1, len(b) + 1
    table = [[0] * cols for _ in range(rows)]
    for i in range(1, rows):
        for j in range(1, cols):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    choice = [[] for _ in range(capacity + 1)]
    for name, weight, value in items:
        for c in range(capacity, weight - 1, -1):
            if best[c - weight] + value > best[c]:
                best[c] = best[c - weight] + value
                choice[c] = choice[c - weight] + [name]
    return best[capacity], choice[capacity]

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for v in range(coin, amount + 1):
            ways[v] += ways[v - coin]
    fewest = [0] + [amount + 1] * amount
    for v in range(1, amount + 1):
        for coin in coins:
            if coin <= v and fewest[v - coin] + 1 < fewest[v]:
                fewest[v] = fewest[v - coin] + 1
    return ways[amount], fewest[amount]

for a, b in [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("dynamic", "programming")]:
    print(f"{a!r} {b!r} lcs={lcs(a, b)!r} edit={edit_distance(a, b)}")
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
print(knapsack(items, 200))
print(knapsack(items, 50))
print(coin_change([1, 2, 5], 11), coin_change([2, 5, 10, 25], 100), coin_change([1, 5, 10, 25, 50], 300))
def longest_increasing(seq):
    lengths = [1] * len(seq)
    prev = [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and lengths[j] + 1 > lengths[i]:
                lengths[i] = lengths[j] + 1
                prev[i] = j
    k = max(range(len(seq)), key=lambda i: lengths[i])
    out = []
    while k != -1:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]
print(longest_increasing([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))
triangle = [[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]
for r in range(len(triangle) - 2, -1, -1):
    for c in range(len(triangle[r])):
        triangle[r][c] += max(triangle[r + 1][c], triangle[r + 1][c + 1])
print(triangle[0][0])

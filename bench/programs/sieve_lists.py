# A sieve of Eratosthenes over a list, repeated: list indexing and stores in tight loops.
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count

total = 0
for _ in range(8):
    total += sieve(1000000)
print(total)

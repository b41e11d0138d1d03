def collatz_length(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

best = 0
best_n = 0
lengths = {}
for n in range(1, 3000):
    length = collatz_length(n)
    lengths[n] = length
    if length > best:
        best = length
        best_n = n
print("longest chain under 3000:", best_n, "with", best, "steps")
print([collatz_length(n) for n in range(1, 21)])
histogram = {}
for n, length in lengths.items():
    bucket = length // 25 * 25
    histogram[bucket] = histogram.get(bucket, 0) + 1
for bucket in sorted(histogram):
    print(f"{bucket:3d}-{bucket + 24:3d}: {histogram[bucket]}")
peak = 27
highest = peak
while peak != 1:
    peak = peak // 2 if peak % 2 == 0 else 3 * peak + 1
    highest = max(highest, peak)
print("highest value reached from 27:", highest)
print("average length:", round(sum(lengths.values()) / len(lengths), 3))

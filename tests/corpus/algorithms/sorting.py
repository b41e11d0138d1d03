def merge_sort(seq):
    if len(seq) <= 1:
        return seq[:]
    mid = len(seq) // 2
    left = merge_sort(seq[:mid])
    right = merge_sort(seq[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def quick_sort(seq):
    if len(seq) <= 1:
        return seq
    pivot = seq[len(seq) // 2]
    less = [x for x in seq if x < pivot]
    equal = [x for x in seq if x == pivot]
    greater = [x for x in seq if x > pivot]
    return quick_sort(less) + equal + quick_sort(greater)

def insertion_sort(seq):
    a = list(seq)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def heap_sort(seq):
    a = list(seq)
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a

seed = 12345
data = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    data.append(seed % 1000 - 500)
expected = sorted(data)
for name, fn in [("merge", merge_sort), ("quick", quick_sort), ("insertion", insertion_sort), ("heap", heap_sort)]:
    result = fn(data)
    print(name, result == expected, result[:6], result[-3:])
print(merge_sort([]), quick_sort([1]), insertion_sort("sorting"), heap_sort([3, 3, 1, 2, 2]))
words = ["delta", "Alpha", "charlie", "Bravo", "echo"]
print(merge_sort(words), quick_sort([w.lower() for w in words]))
inversions = sum(1 for i in range(len(data)) for j in range(i + 1, len(data)) if data[i] > data[j])
print("inversions:", inversions)

def is_sorted(seq):
    for i in range(len(seq) - 1):
        if seq[i] > seq[i + 1]:
            return False
    return True
data = [5, 3, 9, 1, 7]
ordered = sorted(data)
assert is_sorted(ordered), "sorted() result must be sorted"
assert not is_sorted(data)
print(ordered, is_sorted(ordered), is_sorted(data))
for n in range(1, 50):
    s = sum(range(n + 1))
    assert s == n * (n + 1) // 2, f"gauss failed for {n}"
print("gauss verified for 1..49")
squares = {n: n * n for n in range(10)}
for n, sq in squares.items():
    assert sq ** 0.5 == n
print("squares ok")

def never_called(x):
    return x * 2


def work(n):
    total = 0
    for i in range(n):
        total += i % 7          # line 8: the hot line (condition bench)
        if total > 1000000:
            total -= 1000000
    return total


print(work(3000000))

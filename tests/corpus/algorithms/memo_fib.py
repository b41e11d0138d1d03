memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(25)])
print(fib(100))
print(fib(300))
print(len(memo))
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib(i) == fib_iter(i) for i in range(300)))
def fib_matrix(n):
    def mul(x, y):
        return [[x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
                [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]]]
    result = [[1, 0], [0, 1]]
    base = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mul(result, base)
        base = mul(base, base)
        n >>= 1
    return result[0][1]
print(fib_matrix(1000) == fib_iter(1000), len(str(fib_matrix(1000))))
print(fib_matrix(10000) % 1000000007)
ways = {}
def climb(n):
    if n <= 1:
        return 1
    if n in ways:
        return ways[n]
    ways[n] = climb(n - 1) + climb(n - 2) + (climb(n - 3) if n >= 3 else 0)
    return ways[n]
print([climb(n) for n in range(15)])

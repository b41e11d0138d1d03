# The first Fibonacci numbers, three ways: recursion, a loop, and a memo dict.

def fib_recursive(n):
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


memo = {0: 0, 1: 1}


def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


for i in range(15):
    print(f"fib({i:2}) = {fib_recursive(i):4}")

print("fib(90) =", fib_loop(90))
print("fib(200) =", fib_memo(200))
print("all agree:", all(fib_loop(n) == fib_memo(n) for n in range(201)))

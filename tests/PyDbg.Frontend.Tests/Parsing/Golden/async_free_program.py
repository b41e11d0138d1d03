import sys


def fib(n):
    """Return the n-th Fibonacci number."""
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Counter:
    count = 0

    def __init__(self, start=0):
        self.count = start

    def incr(self, by=1):
        self.count += by
        return self


if __name__ == "__main__":
    c = Counter()
    for i in range(10):
        c.incr(i)
    print(f"fib={fib(10)} count={c.count}", file=sys.stderr)

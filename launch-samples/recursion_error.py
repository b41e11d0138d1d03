# Unbounded recursion: ends with RecursionError, exactly as CPython reports it.

def countdown(n):
    if n % 250 == 0:
        print("depth", n)
    return countdown(n + 1)


countdown(0)

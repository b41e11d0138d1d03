# Closures: counters with private state, function factories, and late binding.

def make_counter(start=0, step=1):
    count = start

    def tick():
        nonlocal count
        count += step
        return count

    return tick


by_one = make_counter()
by_ten = make_counter(100, 10)
print([by_one() for _ in range(5)])
print([by_ten() for _ in range(3)])


def power(exponent):
    return lambda base: base ** exponent


square, cube = power(2), power(3)
print(square(7), cube(3))

late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print("late binding:", [f() for f in late])
print("default args:", [f() for f in bound])

def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield code

def numbered(lines, start=1):
    n = start
    for line in lines:
        yield n, line
        n += 1

SOURCE = """
x = 1  # one
# only a comment
y = x + 1

print(x, y)  # show
"""
for n, line in numbered(strip_comments(read_lines(SOURCE))):
    print(f"{n:>3}: {line}")

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def naturals():
    n = 0
    while True:
        yield n
        n += 1

squares = (n * n for n in naturals())
print(list(take(10, squares)))
gen = naturals()
print(next(gen), next(gen), list(take(3, gen)))
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])

def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in (0, 7, 255, -255, 1000, 2 ** 64, 123456789):
    reps = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, reps, all(int(r, b) == n for r, b in zip(reps, (2, 3, 8, 16, 36))))

def human_size(n):
    units = ["B", "KiB", "MiB", "GiB", "TiB"]
    size = float(n)
    for unit in units:
        if size < 1024 or unit == units[-1]:
            return f"{size:.1f} {unit}" if unit != "B" else f"{n} B"
        size /= 1024

for n in (0, 512, 1024, 1536, 10 ** 6, 2 ** 30, 5 * 2 ** 40, 2 ** 50):
    print(f"{n:>20,} = {human_size(n)}")

def spell(n):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else "-" + ones[n % 10])
    if n < 1000:
        return ones[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + spell(n % 100))
    for value, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= value:
            rest = n % value
            return spell(n // value) + " " + name + ("" if rest == 0 else (" " if rest >= 100 else " and ") + spell(rest))

for n in (0, 13, 40, 99, 101, 342, 1000, 1001, 12345, 1000000, 987654321):
    print(n, "->", spell(n))
print(sum(len(spell(n).replace(" ", "").replace("-", "")) for n in range(1, 1001)))

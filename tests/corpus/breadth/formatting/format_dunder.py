class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec) if spec else text
    def __str__(self):
        return "Money"

m = Money(12345)
print(f"{m}", f"[{m:>12}]", "{:<10}|".format(m), format(m), str(m))
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("melon", 3.0, 1)]
print(f"{'item':<8}{'price':>8}{'qty':>5}{'total':>9}")
for name, price, qty in rows:
    print(f"{name:<8}{price:>8.2f}{qty:>5d}{price * qty:>9.2f}")
print(f"{'':-^30}")
print("%-8s%8.2f" % ("sum", sum(p * q for _, p, q in rows)))

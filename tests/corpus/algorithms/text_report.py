sales = [
    ("2023-01", "north", "widget", 120, 2.5),
    ("2023-01", "south", "widget", 80, 2.5),
    ("2023-01", "north", "gadget", 15, 19.99),
    ("2023-02", "north", "widget", 140, 2.45),
    ("2023-02", "south", "gadget", 22, 19.99),
    ("2023-02", "east", "gizmo", 7, 149.0),
    ("2023-03", "east", "widget", 300, 2.4),
    ("2023-03", "south", "gizmo", 3, 149.0),
    ("2023-03", "north", "gadget", 18, 18.5),
]
header = f"{'month':<8}{'region':<8}{'product':<9}{'qty':>6}{'price':>9}{'total':>11}"
print(header)
print("-" * len(header))
grand = 0.0
by_month = {}
by_product = {}
for month, region, product, qty, price in sales:
    total = qty * price
    grand += total
    by_month[month] = by_month.get(month, 0.0) + total
    by_product.setdefault(product, [0, 0.0])
    by_product[product][0] += qty
    by_product[product][1] += total
    print(f"{month:<8}{region:<8}{product:<9}{qty:>6,}{price:>9.2f}{total:>11,.2f}")
print("-" * len(header))
print(f"{'grand total':<37}{grand:>14,.2f}")
print()
for month in sorted(by_month):
    share = by_month[month] / grand
    print(f"{month}: {by_month[month]:>10,.2f} {share:>7.1%} {'#' * round(share * 40)}")
print()
for product, (qty, total) in sorted(by_product.items(), key=lambda kv: -kv[1][1]):
    print(f"{product:>8}: {qty:>4} units, avg {total / qty:8.3f}, {total:+12,.1f}")
best = max(sales, key=lambda s: s[3] * s[4])
print("best line:", best, f"= {best[3] * best[4]:.2f}")
regions = sorted({s[1] for s in sales})
print(" | ".join(f"{r.title()}: {sum(s[3] for s in sales if s[1] == r)}" for r in regions))

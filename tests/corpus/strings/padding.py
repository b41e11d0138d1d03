for w in ["a", "abc", "abcdef"]:
    print("[" + w.ljust(5) + "]", "[" + w.rjust(5) + "]", "[" + w.center(5) + "]")
    print("[" + w.ljust(6, "*") + "]", "[" + w.rjust(6, "-") + "]", "[" + w.center(6, ".") + "]", "[" + w.center(7, "=") + "]")
print("abc".center(4), "[" + "ab".center(5) + "]", "[" + "ab".center(4, "x") + "]", "[" + "abc".center(6, "x") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "123456".zfill(3), "".zfill(3), "-".zfill(3))
print("3.14".zfill(8), "-0.5".zfill(6))
table = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for name, qty, price in table:
    print(name.ljust(10) + str(qty).rjust(5) + str(price).rjust(8))
print("=" * 23)
print("TOTAL".center(23, "~"))

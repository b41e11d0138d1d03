samples = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "they're bill's friends", "123abc", "", "ünïcödé", "a1b2 c3"]
for s in samples:
    print(repr(s), s.title(), s.capitalize(), s.upper(), s.lower(), s.swapcase())
for s in samples:
    print(repr(s), s.istitle(), s.isupper(), s.islower())
print("ß".upper(), "straße".casefold() == "STRASSE".casefold())
print("mIxEd CaSe".casefold(), "Ωmega".casefold(), "ÀÉÎ".lower())

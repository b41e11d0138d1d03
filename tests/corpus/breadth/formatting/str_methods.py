s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.lower(), t.upper(), t.swapcase(), t.title())
print(t.split(", "), t.replace("l", "L"), t.replace("l", "L", 1))
print(t.startswith("He"), t.endswith("d"), t.find("o"), t.rfind("o"), t.find("z"))
print(t.count("l"), "-".join(["a", "b"]), t.center(17, "*"), t.ljust(14, "."), t.rjust(14))
print("a,b,,c".split(","), "a b  c".split(), "x".zfill(4), "-3".zfill(4))
print("abc".isalpha(), "123".isdigit(), "ab1".isalnum(), "  ".isspace(), "Ab".isupper())
print("line1\nline2\n".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("hello"[::-1], "hello"[1:4], "%s" % "x".join("abc"))
print("tab\tsep".expandtabs(4), "Ünï".casefold())
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)

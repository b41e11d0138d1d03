print("%d items" % 5)
print("%s and %s" % ("a", "b"))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %8.3f %-8.1f|" % (3.14159, 2.71828, 1.5))
print("%x %X %o %e" % (255, 255, 8, 1234.5))
print("%r %s" % ("str", "str"))
print("%c%c" % (72, "i"))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7})
print("100%%")
print("%s" % [1, 2], "%s" % (1,))
print("%+d %+d % d" % (5, -5, 5))
print("%*d|" % (6, 12))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

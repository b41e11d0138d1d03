print("%d items" % 5, "%s and %s" % ("a", "b"), "%5.2f|" % 3.14159, "%-6s|" % "ab", "%x %o %e" % (255, 8, 12345.678))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%%", "%r" % "q", "%05d" % -42, "%+d" % 3)

raise
raise E
raise E("x")
raise E from None
raise E from cause
assert x
assert x, "msg"
assert (x, y)

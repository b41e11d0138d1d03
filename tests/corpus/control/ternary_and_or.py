def describe(x):
    return "positive" if x > 0 else "zero" if x == 0 else "negative"
print([describe(v) for v in (-2, 0, 5)])
def first_truthy(*values):
    result = None
    for v in values:
        result = result or v
    return result
print(first_truthy(0, "", None, "found", "later"), first_truthy(0, []))
name = ""
print(name or "anonymous", (name and name.upper()) or "N/A")
config = {"debug": 0, "level": 3}
print(config.get("debug") or False, config.get("level") and config["level"] * 2)
def trace(label, value):
    print("eval", label)
    return value
print(trace("a", 0) and trace("b", 1))
print(trace("c", 1) and trace("d", 2))
print(trace("e", "") or trace("f", "x") or trace("g", "y"))
print(not trace("h", []) and trace("i", "last"))
x = 5
print((x > 3) + (x > 4) + (x > 5), x > 3 and x < 10 or x == 100)
safe = [] and [][0]
print(safe)
print(1 if [] else 2, 1 if [0] else 2, (lambda: "called")() if True else None)

d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"], d.get("four"), d.get("four", 4), d.get("one", 100))
d["four"] = 4
d["one"] = 11
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print("two" in d, "five" in d, 2 in d, 2 in d.values(), ("two", 2) in d.items())
print(d.pop("two"), d.pop("missing", "default"), d)
print(d.setdefault("three", 33), d.setdefault("five", 5), d.setdefault("six"), d)
d.update({"one": 1, "seven": 7})
d.update([("eight", 8)])
d.update(nine=9, ten=10)
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e["extra"] = True
print(len(d), len(e), "extra" in d)
e.clear()
print(e)
print(dict.fromkeys(["a", "b", "c"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), []))
print(dict(a=1, b=2), dict([("k", "v"), ("k2", "v2")]), dict({"x": 1}, y=2), dict(zip("abc", range(3))))
print(dict(), {}, {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float"})
keys = d.keys()
vals = d.values()
items = d.items()
d["late"] = "added"
print(keys, vals, items, len(keys))
print(sorted(d), sorted(d.items(), key=lambda kv: str(kv[1])))
for k in d:
    print(k, end=" ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=", ")
print()
print(list(reversed(d)), list(reversed(d.values()))[:2])
print(d.keys() & {"one", "zzz"}, sorted(d.keys() | {"new"}), sorted(d.keys() - {"one", "three"}))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0})
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged)
merged |= {"d": 5}
print(merged)
print(min(d), max(d), min(d, key=len))

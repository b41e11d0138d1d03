d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 100
print(list(d))
del d["z"]
d["z"] = -1
print(list(d.items()))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2), sorted(d2.values(), reverse=True))
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
nested["outer"]["new"] = {}
print(nested)
print(repr({"quote": "it's", 'dq': '"'}))
empty = {}
print(len(empty), bool(empty), list(empty.items()))
big = {i: i * i for i in range(20)}
for i in range(0, 20, 2):
    del big[i]
print(big)
big[0] = "back"
print(list(big)[-3:])

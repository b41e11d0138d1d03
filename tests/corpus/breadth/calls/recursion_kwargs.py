def walk(node, depth=0, *, visit, path=()):
    visit(node["name"], depth, path)
    for child in node.get("children", []):
        walk(child, depth + 1, visit=visit, path=path + (node["name"],))

tree = {"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}]}, {"name": "b"}]}
seen = []
walk(tree, visit=lambda n, d, p: seen.append(f"{'/'.join(p + (n,))}@{d}"))
print(seen)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(4)])
def merge(*dicts, **overrides):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(overrides)
    return out
print(merge({"a": 1}, {"b": 2}, a=3, c=4))

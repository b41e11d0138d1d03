matrix = [[i * 4 + j for j in range(4)] for i in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(4)]
print(transposed)
print(list(zip(*matrix)))
flat = [x for row in matrix for x in row]
print(flat, sum(flat))
shared = [[0] * 3] * 3
shared[0][0] = 1
print(shared)
separate = [[0] * 3 for _ in range(3)]
separate[0][0] = 1
print(separate)
records = [
    {"name": "alice", "age": 30, "tags": ["admin", "dev"]},
    {"name": "bob", "age": 25, "tags": ["dev"]},
    {"name": "carol", "age": 35, "tags": []},
]
for r in sorted(records, key=lambda r: r["age"]):
    print(r["name"], r["age"], ",".join(r["tags"]) or "-")
by_tag = {}
for r in records:
    for t in r["tags"]:
        by_tag.setdefault(t, []).append(r["name"])
print(by_tag)
print(max(records, key=lambda r: len(r["tags"]))["name"])
tree = (1, (2, (4, None, None), (5, None, None)), (3, None, (6, None, None)))
def depth(node):
    if node is None:
        return 0
    return 1 + max(depth(node[1]), depth(node[2]))
def inorder(node, out):
    if node is not None:
        inorder(node[1], out)
        out.append(node[0])
        inorder(node[2], out)
    return out
print(depth(tree), inorder(tree, []))

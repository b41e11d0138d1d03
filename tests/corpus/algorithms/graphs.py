edges = [("a", "b", 7), ("a", "c", 9), ("a", "f", 14), ("b", "c", 10), ("b", "d", 15),
         ("c", "d", 11), ("c", "f", 2), ("d", "e", 6), ("e", "f", 9), ("g", "h", 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))

def bfs(start):
    order = [start]
    seen = {start}
    i = 0
    while i < len(order):
        node = order[i]
        i += 1
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                order.append(nxt)
    return order

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def dijkstra(source):
    dist = {node: float("inf") for node in graph}
    prev = {}
    dist[source] = 0
    todo = set(graph)
    while todo:
        node = min(todo, key=lambda n: (dist[n], n))
        todo.remove(node)
        if dist[node] == float("inf"):
            break
        for nxt, w in graph[node]:
            if dist[node] + w < dist[nxt]:
                dist[nxt] = dist[node] + w
                prev[nxt] = node
    return dist, prev

def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]

def components():
    seen = set()
    comps = []
    for node in sorted(graph):
        if node not in seen:
            comp = bfs(node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps

print("bfs:", bfs("a"))
print("dfs:", dfs("a"))
dist, prev = dijkstra("a")
for node in sorted(dist):
    print(node, dist[node], "->".join(path_to(prev, node)) if dist[node] != float("inf") else "unreachable")
print("components:", components())
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [], "tests": ["app"]}
def topo(deps):
    order = []
    state = {}
    def visit(n):
        if state.get(n) == "done":
            return
        state[n] = "active"
        for d in sorted(deps[n]):
            visit(d)
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n)
    return order
print("topological:", topo(deps))
grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
def grid_path(grid):
    rows, cols = len(grid), len(grid[0])
    start = end = None
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                end = (r, c)
    queue = [start]
    dist = {start: 0}
    head = 0
    while head < len(queue):
        r, c = queue[head]
        head += 1
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return dist.get(end), len(dist)
print("grid:", grid_path(grid))

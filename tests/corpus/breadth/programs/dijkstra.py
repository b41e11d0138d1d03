"""Dijkstra's shortest paths with a hand-written binary heap priority queue."""


class EmptyQueue(Exception):
    pass


class MinHeap:
    def __init__(self):
        self._items = []

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def push(self, priority, value):
        items = self._items
        items.append((priority, value))
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self._items
        if not items:
            raise EmptyQueue("pop from an empty heap")
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i = 0
            n = len(items)
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < n and items[child] < items[smallest]:
                        smallest = child
                if smallest == i:
                    break
                items[i], items[smallest] = items[smallest], items[i]
                i = smallest
        return top

    def __iter__(self):
        while self:
            yield self.pop()


class Graph:
    def __init__(self):
        self.edges = {}

    def add_edge(self, a, b, weight, both=True):
        if weight < 0:
            raise ValueError(f"negative weight {weight} on {a}-{b}")
        self.edges.setdefault(a, []).append((b, weight))
        self.edges.setdefault(b, [])
        if both:
            self.edges[b].append((a, weight))

    def neighbours(self, node):
        try:
            return self.edges[node]
        except KeyError:
            raise KeyError(f"unknown node {node!r}") from None

    def shortest(self, source):
        dist = {source: 0}
        previous = {}
        queue = MinHeap()
        queue.push(0, source)
        visited = set()
        while queue:
            d, node = queue.pop()
            if node in visited:
                continue
            visited.add(node)
            for nxt, w in self.neighbours(node):
                nd = d + w
                if nxt not in dist or nd < dist[nxt]:
                    dist[nxt] = nd
                    previous[nxt] = node
                    queue.push(nd, nxt)
        return dist, previous

    def path(self, source, target):
        dist, previous = self.shortest(source)
        if target not in dist:
            return None, []
        route = [target]
        while route[-1] != source:
            route.append(previous[route[-1]])
        return dist[target], route[::-1]


heap = MinHeap()
for p, v in [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d"), (1, "a2")]:
    heap.push(p, v)
print(len(heap), [v for _, v in heap], len(heap))
try:
    heap.pop()
except EmptyQueue as e:
    print("EmptyQueue:", e)

g = Graph()
for a, b, w in [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
                ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9)]:
    g.add_edge(a, b, w)
g.add_edge("X", "Y", 1, both=False)
dist, _ = g.shortest("A")
for node in sorted(dist):
    print(f"A -> {node}: {dist[node]}")
for target in ["E", "D", "A", "X"]:
    cost, route = g.path("A", target)
    print(target, cost, "-".join(route) if route else "unreachable")
try:
    g.add_edge("A", "Z", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    g.shortest("Q")
except KeyError as e:
    print("KeyError:", e)

grid = ["S.#....", ".##.##.", "...#..E", ".#...#."]
maze = Graph()
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#":
            continue
        for dr, dc in ((0, 1), (1, 0)):
            nr, nc = r + dr, c + dc
            if nr < len(grid) and nc < len(row) and grid[nr][nc] != "#":
                maze.add_edge((r, c), (nr, nc), 1)
cost, route = maze.path((0, 0), (2, 6))
print("maze cost", cost)
for r, row in enumerate(grid):
    print("".join("*" if (r, c) in route and ch == "." else ch for c, ch in enumerate(row)))

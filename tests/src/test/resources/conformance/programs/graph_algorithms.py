# programs: graph algorithms: BFS shortest paths, DFS topological sort, Dijkstra, connected components, cycles
from collections import deque, defaultdict

edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3),
         ("e", "d", 4), ("d", "f", 11), ("g", "h", 1)]
graph = defaultdict(dict)
for u, v, w in edges:
    graph[u][v] = w
    graph[v][u] = w

def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in sorted(graph[node]):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                parent[nxt] = node
                queue.append(nxt)
    return dist, parent

def path_to(parent, target):
    path = []
    while target is not None:
        path.append(target)
        target = parent[target]
    return path[::-1]

dist, parent = bfs("a")
print("hops:", sorted(dist.items()))
print("bfs path a->f:", path_to(parent, "f"))

def dijkstra(source):
    best = {source: 0}
    prev = {}
    frontier = [(0, source)]
    visited = set()
    while frontier:
        frontier.sort()
        d, node = frontier.pop(0)
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in sorted(graph[node].items()):
            nd = d + w
            if nd < best.get(nxt, float("inf")):
                best[nxt] = nd
                prev[nxt] = node
                frontier.append((nd, nxt))
    return best, prev

best, prev = dijkstra("a")
print("weighted:", sorted(best.items()))
node, route = "f", []
while node != "a":
    route.append(node)
    node = prev[node]
print("dijkstra path a->f:", ["a"] + route[::-1], "cost", best["f"])

def components():
    seen, comps = set(), []
    for start in sorted(graph):
        if start in seen:
            continue
        stack, comp = [start], []
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            comp.append(n)
            stack.extend(sorted(graph[n], reverse=True))
        comps.append(sorted(comp))
    return comps
print("components:", components())

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
def topo(deps):
    order, state = [], {}
    def visit(n, trail):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(trail + [n]))
        state[n] = "active"
        for d in deps[n]:
            visit(d, trail + [n])
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n, [])
    return order
print("build order:", topo(deps))
deps["core"] = ["tests"]
try:
    topo(deps)
except ValueError as e:
    print("ValueError", e)

grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
def maze():
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print("maze steps:", maze())
degree = sorted(((len(v), k) for k, v in graph.items()), reverse=True)
print("degrees:", degree[:3])

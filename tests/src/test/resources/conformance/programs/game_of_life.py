# programs: Conway's game of life on a small torus plus a 1-D cellular automaton (rule 90 and rule 30)
def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}

def step(cells, height, width):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % height, (c + dc) % width)
                    counts[key] = counts.get(key, 0) + 1
    return {pos for pos, n in counts.items() if n == 3 or (n == 2 and pos in cells)}

def render(cells, height, width):
    return ["".join("#" if (r, c) in cells else "." for c in range(width)) for r in range(height)]

H, W = 8, 10
glider = parse([".#........",
                "..#.......",
                "###......."])
cells = glider
for gen in range(5):
    print(f"generation {gen} population {len(cells)}")
    if gen in (0, 4):
        print("\n".join(render(cells, H, W)))
    cells = step(cells, H, W)
blinker = parse(["", ".###"])
states = [sorted(blinker)]
for _ in range(2):
    blinker = step(blinker, 5, 5)
    states.append(sorted(blinker))
print("blinker period 2:", states[0] == states[2], states[0] != states[1])
block = parse(["##", "##"])
print("block is still life:", step(block, 6, 6) == block)
def run_until_repeat(cells, h, w, limit=200):
    seen = {}
    for gen in range(limit):
        key = frozenset(cells)
        if key in seen:
            return seen[key], gen
        seen[key] = gen
        cells = step(cells, h, w)
    return None
r_pentomino = parse(["", ".##", "##.", ".#."])
print("cycle found (first, repeat):", run_until_repeat(r_pentomino, 12, 12))
def rule(number):
    table = {tuple(int(b) for b in f"{i:03b}"): (number >> i) & 1 for i in range(8)}
    def apply(row):
        n = len(row)
        return [table[(row[(i - 1) % n], row[i], row[(i + 1) % n])] for i in range(n)]
    return apply
for number in (90, 30):
    row = [0] * 31
    row[15] = 1
    apply = rule(number)
    print(f"rule {number}")
    for _ in range(8):
        print("".join("#" if x else " " for x in row).rstrip())
        row = apply(row)
    print("ones after 8 steps:", sum(row))

# dicts_lists: dict and list work. Counting keys (ints and strings), grouping, sorting with
# keys, slicing, comprehensions, membership tests, list methods and dict methods.
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    groups = {}
    seq = []
    x = 7
    for i in range(n):
        x = (x * 75 + 74) % 65537
        w = words[x % 8] + str(x % 50)
        counts[w] = counts.get(w, 0) + 1
        groups.setdefault(x % 97, []).append(x)
        seq.append(x)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    sizes = [len(v) for k, v in sorted(groups.items())]
    evens = [v for v in seq if v % 2 == 0]
    squares = {v: v * v for v in seq[:5000]}
    hits = sum(1 for v in range(0, 70000, 7) if v in squares)
    seq.sort()
    mid = seq[len(seq) // 4: len(seq) // 2: 3]
    rev = seq[::-1][:10]
    while len(evens) > 10:
        evens.pop()
    merged = dict(counts)
    merged.update({k: 0 for k in list(counts)[:10]})
    check = sum(c for _, c in top) + sum(sizes[:10]) + len(mid) + sum(rev) + sum(evens) + hits
    check = check * 1000 + sum(merged.values()) % 1000
    print(f"dicts_lists n={n} checksum={check}:{top[0][0]}:{len(counts)}")


main()

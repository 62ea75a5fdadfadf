# expressions: list/dict/set comprehensions and generator expressions, nesting and scoping
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([n for row in matrix for n in row if n != 4])
print({w: len(w) for w in ["pear", "fig", "banana"]})
print({k: v for k, v in zip("abc", range(3)) if v})
print(sorted({x % 4 for x in range(10)}), sorted({c for c in "mississippi"}))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x + y for x in "ab" for y in "12"))
x = "outer"
print([x for x in range(3)], x)
print({i: [j for j in range(i)] for i in range(4)})
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
print([c.upper() for c in "hello" if c not in "l"])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print([(i, j) for i in range(3) for j in range(3) if i != j and (i + j) % 2])
nested = [[[1, 2], [3]], [[4], [5, 6]]]
print([z for outer in nested for inner in outer for z in inner])
gen = (i * 10 for i in range(3))
print(type(gen).__name__, next(gen), list(gen), list(gen))
base = 100
print([base + i for i in range(3)])
class Scope:
    factor = 3
    scaled = [factor * i for i in range(1)] if False else None
    items = [i * 2 for i in range(3)]
print(Scope.items, Scope.scaled)
print([[y for y in range(x)] for x in range(4)])
print(dict((k, k ** 2) for k in range(4)))
print(tuple(sorted((c, n) for c, n in {"b": 2, "a": 1}.items())))
print([i for i in []], {i: i for i in ()}, list(set()))

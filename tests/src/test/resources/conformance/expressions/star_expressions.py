# expressions: unpacking with * and ** in literals and calls
a = [1, 2]
b = (3, 4)
c = range(5, 7)
print([*a, *b, *c], (*a, *b), (*a,), [*"hi", *b"!"])
print(sorted({*a, *b, 1, 2}), sorted({*"abc"}), [*{"k": 1, "j": 2}])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
print({**{}, **{}}, [*[], *()], (*[],))
def show(*args, **kwargs):
    return f"args={args} kwargs={sorted(kwargs.items())}"
print(show(*a, *b, 9, *c))
print(show(**d1, **{"q": 5}))
print(show(*a, x=0, **d2))
print(show(*"xy", *[[1]]))
first, *rest = [*a, *b]
print(first, rest)
print(*a, *b, sep="-")
print(*range(3), *"ab")
nested = [[1, 2], [3], []]
print([*nested[0], *nested[1], *nested[2]])
print(max(*a, *b), min(*c, 100))
gen = (i * i for i in range(4))
print([*gen], [*gen])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [*zip(*matrix)][0])
print(dict(**d1, extra=1))

# functions: calls with *iterables and **mappings, ordering rules and argument errors
def point(x, y, z=0):
    return f"({x}, {y}, {z})"
coords = [1, 2, 3]
print(point(*coords))
print(point(*coords[:2]))
print(point(*range(2), z=9))
print(point(**{"x": 4, "y": 5}))
print(point(1, **{"z": 7, "y": 6}))
print(point(*[1], *[2]))
print(point(*(i * 10 for i in range(3))))
print(point(*"ab"))
opts = {"sep": "|", "end": "<\n"}
print("a", "b", "c", **opts)
print(*[1, 2, 3], sep=", ")
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print(show(*{"k1": 1, "k2": 2}))
print(show(**{"k1": 1}, **{"k2": 2}))
print(show(1, *[2, 3], 4, *(), k=5, **{"j": 6}))
try:
    point(1, 2, **{"x": 3})
except TypeError as e:
    print("TypeError", e)
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError", e)
try:
    point(**{"x": 1, "y": 2, "w": 3})
except TypeError as e:
    print("TypeError", e)
try:
    point(*5)
except TypeError as e:
    print("TypeError", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    point(**[1, 2])
except TypeError as e:
    print("TypeError", e)
args = (3, 4)
kwargs = {"z": 5}
print(point(*args, **kwargs))
def apply(f, *a, **k):
    return f(*a, **k)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(dict, a=1))

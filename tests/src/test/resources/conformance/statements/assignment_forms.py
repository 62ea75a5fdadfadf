# statements: chained, tuple, list, nested and annotated assignment, swaps, evaluation order
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[s, t] = "st"
print(s, t)
[m, [n, o]] = [1, (2, 3)]
print(m, n, o)
i, j, k = range(3)
print(i, j, k)
key, value = next(iter({"only": 42}.items()))
print(key, value)
count: int = 10
label: str
ratio: float = count / 4
print(count, ratio)
print("label" in dir() if False else "annotated without value creates no name")
try:
    print(label)
except NameError as e:
    print("NameError", e)
order = []
def src(v):
    order.append(f"src{v}")
    return v
class Box:
    pass
box = Box()
box.first = box.second = src(1)
print(box.first, box.second, order)
data = [0, 0, 0]
idx = 0
idx, data[idx] = 2, "set"
print(idx, data)
arr = [1, 2, 3]
arr[0], arr[2] = arr[2], arr[0]
print(arr)
one, = [99]
print(one)
(single,) = "z"
print(single)
d = {}
d["a"] = d["b"] = len(d)
print(d)
u = v = w = 0
u += 1
print(u, v, w)
g = h = []
g += [1]
print(g, h)
n1 = n2 = 5
n1 += 1
print(n1, n2)
for index, (letter, number) in enumerate([("a", 1), ("b", 2)]):
    print(index, letter, number)
matrix = [[0] * 3 for _ in range(2)]
matrix[1][2] = 7
print(matrix)
alias = [[0] * 3] * 2
alias[1][2] = 7
print(alias)

# statements: starred assignment targets in every position, nested, and in for loops
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abcd"
print(init, tail)
head, *rest = range(3)
print(head, rest)
a, *b = [1]
print(a, b)
*c, = (7, 8)
print(c)
x, *y, z = 1, 2
print(x, y, z)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for n, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(n, others)
first, second, *_ = "hello world".split() + ["!"]
print(first, second, _)
*_, penultimate, final = range(10)
print(penultimate, final)
head, *body = "x"
print(head, body, type(body).__name__)
nums = {"a": 1, "b": 2, "c": 3}
k1, *krest = nums
print(k1, krest)
(m, n), *pairs = [(1, 2), (3, 4), (5, 6)]
print(m, n, pairs)
line = "name=eddy;version=0.1;lang=python"
for field in line.split(";"):
    key, *val = field.split("=")
    print(key, val[0] if val else None)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
gen = (i for i in range(4))
g1, *g2 = gen
print(g1, g2)

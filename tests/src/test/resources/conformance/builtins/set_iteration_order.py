# Sets print in CPython's hash-table order: small ints by value modulo the table size,
# collisions resolved by CPython's probing, operators building their results as CPython does.
import random

print({3, 1, 2}, set([10, 5, 8, 16, 0, 24]), {x % 7 for x in range(30)})
s = set(range(20))
s.discard(3)
s.add(33)
s.add(-1)
print(s)
print({1, 2, 3} | {9, 8, 17}, {5, 6, 7, 100} & {100, 6, 200}, {1, 2, 3, 4} - {2}, {1, 2, 3} ^ {3, 4, 40})
print({(1, 2), (3, 4), (0, 0)}, set(range(0, 1000, 37)))
p = {5, 9, 13}
print(p, p.pop(), p.pop(), p)
u = set()
for i in [64, 32, 16, 8, 0]:
    u.add(i)
print(u, u.copy(), set(u), {1, 2, 3}.intersection([3, 2, 9]), frozenset([4, 44, 444, 4444]))

random.seed(7)
for trial in range(120):
    a = {random.randrange(-50, 200) for _ in range(random.randrange(0, 30))}
    b = set(random.randrange(-50, 200) for _ in range(random.randrange(0, 30)))
    c = set(a)
    for x in list(b)[:5]:
        c.discard(x)
    c.add(trial)
    print(a | b, a & b, a - b, b - a, a ^ b, c, a.symmetric_difference(b))

# builtins: set and frozenset operations and methods (printed sorted so order never matters)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, {1}.issubset(a), a.issuperset({2}))
print(a.isdisjoint({9, 10}), a.isdisjoint(b), len(a), 3 in a, 9 not in a)
s = set()
s.add(5); s.add(5); s.add(1)
print(sorted(s), len(s))
s.update([7, 8], {9})
print(sorted(s))
s.discard(100)
s.discard(7)
s.remove(8)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
popped = {42}.pop()
print(popped)
c = {1, 2, 3}
c &= {2, 3, 4}
print(sorted(c))
c |= {10}
c -= {2}
c ^= {3, 11}
print(sorted(c))
print(set("hello") == set("olleh"), sorted(set("mississippi")), len(set([1, 1.0, True])))
f = frozenset([3, 1, 2])
print(sorted(f), type(f | {4}).__name__, type({4} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
groups = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(groups[frozenset({2, 1})], groups[frozenset()])
print(set(), frozenset(), sorted({x * x for x in range(-3, 4)}))
words = ["apple", "banana", "apple", "cherry", "banana"]
print(len(set(words)), sorted(set(words)), sorted(set(words), key=words.index))
copy = a.copy()
copy.add(100)
print(100 in a, 100 in copy)
a.clear()
print(a, len(a), bool(a))
try:
    {[]}
except TypeError as e:
    print("TypeError", e)
print(sorted({(1, 2), (1, 2), (2, 1)}), {None} == {None})

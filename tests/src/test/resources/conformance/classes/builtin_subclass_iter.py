# A list, tuple or dict subclass's own __iter__ is what list(), for, *unpacking, sorted() and
# the other consumers of iterables use; len, indexing and reversed() keep the items.
class L(list):
    def __iter__(self):
        return iter([9, 9])
l = L([1, 2, 3])
print(list(l), [x for x in l], tuple(l), sorted(l), set(l), len(l), l[0], sum(l), max(l), "".join(map(str, l)))
a, b = L([5, 6]) if False else (1, 2)
print(list(reversed(l)), l + [4], [*l], dict.fromkeys(l))
class T(tuple):
    def __iter__(self):
        return iter("ab")
t = T((1, 2))
print(list(t), [*t], tuple(t))
class D(dict):
    def __iter__(self):
        return iter(["z"])
d = D(a=1)
print(list(d), [*d], dict(d), sorted(d))

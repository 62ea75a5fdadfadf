# stdlib: Python subclasses of collections.deque (a Java-defined type)
import collections
def e(f):
    try: print(repr(f()))
    except Exception as x: print(type(x).__name__, x)
class D(collections.deque):
    def first(self):
        return self[0]
d = D([1, 2, 3])
print(type(d).__name__, d.first(), d, len(d), list(d), isinstance(d, collections.deque))
d.tag = 'x'; print(d.tag, vars(d))
d.append(4); d.appendleft(0); print(d, d.maxlen)
c = d.copy(); print(type(c).__name__, c, c is d)
class Bounded(collections.deque):
    def __init__(self, items, limit, name):
        super().__init__(items, limit)
        self.name = name
    def __repr__(self):
        return f"Bounded<{self.name}>{list(self)}"
b = Bounded(range(10), 3, 'last3')
print(b, b.maxlen, b.name, str(b), [b])
b.append(99); print(b)
class Counting(collections.deque):
    def __len__(self):
        return 42
    def __iter__(self):
        yield 'overridden'
    def __getitem__(self, i):
        return ('item', i)
k = Counting([1, 2])
print(len(k), list(k), k[0], k.pop(), collections.deque.__len__(k))
class Plain(collections.deque):
    pass
p = Plain('abc', 2)
print(p, p.maxlen)
e(lambda: Plain(1, 2, 3, 4))
e(lambda: D(maxlen=-1))
print(D() == collections.deque(), D([1]) == D([1]))

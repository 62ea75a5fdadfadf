# stdlib: collections as CPython's package: collections.abc, Counter arithmetic, namedtuple fields, tuple subclasses
import collections
import collections.abc as cabc
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

print(collections.abc is cabc, cabc.Sequence.__module__, deque.__module__, defaultdict.__module__)

# the abstract base classes against the builtins
kinds = [cabc.Iterable, cabc.Iterator, cabc.Sequence, cabc.MutableSequence, cabc.Mapping, cabc.Hashable,
         cabc.Sized, cabc.Callable, cabc.Collection, cabc.Reversible, cabc.Set]
samples = {"list": [], "tuple": (), "str": "", "dict": {}, "set": set(), "frozenset": frozenset(),
           "range": range(2), "deque": deque(), "keys": {}.keys(), "values": {}.values(), "items": {}.items(),
           "gen": (x for x in ()), "func": len, "lambda": lambda: 0, "int": 0, "bytearray": bytearray()}
for name, obj in samples.items():
    print(f"{name:10}", " ".join("y" if isinstance(obj, k) else "-" for k in kinds))
print(issubclass(OrderedDict, cabc.MutableMapping), issubclass(Counter, dict), isinstance(deque(), cabc.MutableSequence))


class Bag(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


b = Bag("abc")
b |= {"d"}
print(sorted(b), sorted(b & {"a", "z"}), b <= Bag("abcdef"), b.isdisjoint({"q"}))

# Counter is a dict subclass written in Python: its operators and comparisons are its own
c = Counter("abracadabra")
print(c.most_common(2), c["z"], sorted(c.elements())[:4])
d = Counter(a=1, b=-2, c=0)
print(+d, -d, c + d, c - d)
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(a=1, b=0) == Counter(a=1), Counter(a=1) <= Counter(a=2), Counter(a=1) != Counter(a=2))
e = Counter(a=1)
e += Counter(a=2, b=1)
e -= Counter(b=5)
print(e, e.total())
e.update("aab")
e.subtract(a=1)
print(e)
try:
    hash(Counter())
except TypeError as err:
    print("TypeError:", err)

# namedtuple: a tuple subclass with read-only fields
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p.x, p.y, p[0], len(p), p == (3, 0), isinstance(p, tuple), type(p).__mro__[1].__name__)
print(p._asdict(), p._replace(y=5), Point._make([1, 2]), Point._fields, Point._field_defaults)
print(type(Point.x).__name__, Point.x.__doc__, Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
for attempt in ("set", "delete"):
    try:
        if attempt == "set":
            p.x = 10
        else:
            del p.x
    except AttributeError as err:
        print("AttributeError:", err)
x, y = p
print(x + y, "%s-%s" % p, p + (9,), p * 2, hash(p) == hash((3, 0)))


class Point3(Point):
    __slots__ = ()

    def norm(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return f"P3<{self.x},{self.y}>"


q = Point3(-2, 5)
print(q, q.norm(), str(q), q._replace(x=1), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))


# a plain tuple subclass
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


pr = Pair(1, 2)
pr.tag = "t"
print(type(pr).__name__, pr, pr.first, pr.tag, tuple(pr), type(tuple(pr)).__name__, pr[::-1], type(pr[:1]).__name__)

# deque, defaultdict and OrderedDict are _collections' types
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
dq.rotate(1)
print(dq, list(reversed(dq)), type(iter(dq)).__name__)
try:
    hash(dq)
except TypeError as err:
    print("TypeError:", err)
dd = defaultdict(list)
dd["k"].append(1)
print(dd, dd.default_factory.__name__)
od = OrderedDict.fromkeys("xyz")
od.move_to_end("x")
print(od, list(od), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4}).maps)

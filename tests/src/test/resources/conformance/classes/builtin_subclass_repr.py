# Builtin containers' own __repr__ (list.__repr__, dict.__repr__, ...) are distinct slots that
# ignore a subclass's override; subclasses of set, frozenset, OrderedDict and defaultdict
# keep their class, attributes, overrides and constructors.
from collections import OrderedDict, defaultdict, deque, Counter
import types
class O(OrderedDict):
    def __repr__(self): return "X"
class D(defaultdict): pass
class E(defaultdict):
    def __repr__(self): return "E!"
d=D(int, a=1); d['b'] += 2; print(d, type(d).__name__, d.default_factory)
print(repr(O(a=1)), [O(a=1)], OrderedDict.__repr__(O(a=1)), E(list), [E(list)])
print(dict.__repr__ is list.__repr__, dict.__repr__ == dict.__repr__)
for t in (dict, list, tuple, set, frozenset, str, bytes, bytearray, types.MappingProxyType, types.SimpleNamespace, deque, OrderedDict, defaultdict):
    print(t.__name__, t.__repr__.__name__, t.__repr__.__qualname__ if hasattr(t.__repr__, '__qualname__') else '')
print(list.__repr__([1,2]), dict.__repr__({1:2}), set.__repr__({1}), bytes.__repr__(b'x'), bytearray.__repr__(bytearray(b'y')), deque.__repr__(deque([1])))
class L(list):
    def __repr__(self): return 'L!'
print(repr(L([1])), list.__repr__(L([1])), [L()])
o = O(); o.x = 5; print(o.x, O(b=2) == OrderedDict(b=2))
print(types.SimpleNamespace.__repr__(types.SimpleNamespace(a=1)))
import pprint
pprint.pprint({'a': deque(range(30)), 'b': OrderedDict(x=list(range(20))), 'c': defaultdict(int, {'k': list(range(25))})}, width=40)
class T(set):
    def f(self): return len(self)
class F(frozenset): pass
class C(set):
    def __contains__(self, x): return True
    def __len__(self): return 42
    def __iter__(self): return iter([9, 8])
t = T([3, 1, 2]); t.add(5)
print(t, T(), type(t).__name__, t.f(), frozenset.__repr__(frozenset()))
print(F([1, 2]), F(), type(F([1]) | {3}).__name__, type(t | {9}).__name__, type(t.copy()).__name__, hash(F([1])) == hash(frozenset([1])))
c = C([1]); print(5 in c, len(c), list(c), bool(c), sorted(set(c)))
t.x = 4; print(t.x, t == {1, 2, 3, 5}, {1, 2, 3, 5} == t, isinstance(t, set))
print(set.__init__.__qualname__ if hasattr(set.__init__, '__qualname__') else '')
class G(set):
    def __init__(self, a, b):
        super().__init__([a, b])
print(G(1, 2))
try:
    set(1, 2)
except TypeError as e: print(e)
try:
    set(x=1)
except TypeError as e: print(e)
s = set([1]); s.__init__([7, 8]); print(s)

# stdlib: copy and deepcopy through __reduce__/__reduce_ex__, __getstate__, slots, container subclasses
import copy, collections
class A:
    def __init__(self): self.x = [1]; self.y = {"k": [2]}
a = A(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.x is a.x, c.x is a.x, c.x, c.y)
class S:
    __slots__ = ("p", "q")
s = S(); s.p = [1]
t = copy.deepcopy(s); print(t.p, t.p is s.p, hasattr(t, "q"))
class L(list): pass
l = L([1, [2]])
m = copy.copy(l); n = copy.deepcopy(l)
print(type(m).__name__, m, type(n).__name__, n, n[1] is l[1], m[1] is l[1])
class D(dict): pass
d = D(a=[1]); e = copy.deepcopy(d); print(type(e).__name__, e, e["a"] is d["a"])
P = collections.namedtuple("P", "x y")
p = P([1], 2); q = copy.deepcopy(p); print(q, q.x is p.x, copy.copy(p) == p)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(2)).v, copy.deepcopy(R(3)).v)
class G:
    def __getstate__(self): return {"z": 9}
g = copy.copy(G()); print(g.z)
e = ValueError(1, [2]); f = copy.deepcopy(e); print(repr(f), f.args[1] is e.args[1])
print(copy.deepcopy([1, (2, [3])]), copy.copy({1, 2}), copy.deepcopy(frozenset({1})))
memo = {}
x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], len(memo))
class N:
    def __reduce_ex__(self, proto): raise copy.Error("no")
try: copy.copy(N())
except copy.Error as e: print("Error", e)
class W:
    __reduce_ex__ = None
    __reduce__ = None
print(copy.Error.__name__, copy.error is copy.Error, copy.Error.__module__)
print(copy.deepcopy(int) is int, copy.copy(len) is len)
dq = collections.deque([[1]]); print(copy.deepcopy(dq), copy.deepcopy(dq)[0] is dq[0])

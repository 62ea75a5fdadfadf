# _weakref and gc: references die when the last strong reference goes and gc.collect() runs;
# callbacks, shared plain refs, proxies, which objects accept weak references
import _weakref
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"


n = Node("a")
r = _weakref.ref(n)
print(r() is n, r() , _weakref.getweakrefcount(n))
print("plain refs shared:", _weakref.ref(n) is r)
log = []
r2 = _weakref.ref(n, lambda ref: log.append(("died", ref is r2, ref())))
print("with callback not shared:", r2 is not r, _weakref.getweakrefcount(n))
print("getweakrefs:", [x is r or x is r2 for x in _weakref.getweakrefs(n)])
print("equal while alive:", r == r2, hash(r) == hash(n))
del n
gc.collect()
print("after collect:", r(), r2(), log)
print("dead refs equal only to themselves:", r == r2, r == r)

target = Node("t")
p = _weakref.proxy(target)
print("proxy:", p.name, str(p), type(p).__name__, type(p).__module__)
p.name = "renamed"
print("set through proxy:", target.name)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
cp = _weakref.proxy(len)
print("callable proxy:", type(cp).__name__, cp([1, 2, 3]))
del target
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

for value in (1, "s", [1], {}, (1,), object(), None):
    try:
        _weakref.ref(value)
        print(type(value).__name__, "accepts weak references")
    except TypeError as e:
        print("TypeError:", e)


def f():
    pass


for value in (f, Node, gc, {1}, frozenset(), (x for x in ())):
    print(type(value).__name__, _weakref.ref(value)() is value)


class KeyedRef(_weakref.ref):
    def __new__(cls, ob, callback, key):
        self = _weakref.ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


seen = []
m = Node("m")
k = KeyedRef(m, lambda ref: seen.append(ref.key), "the key")
print("subclass:", type(k).__name__, k() is m, k.key, isinstance(k, _weakref.ref))
del m
gc.collect()
print("subclass callback:", seen)

d = {"x": _weakref.ref(Node("gone"))}
gc.collect()
_weakref._remove_dead_weakref(d, "x")
_weakref._remove_dead_weakref(d, "missing")
print("dead entry removed:", d)

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(list[int], dict[str, list[int]], tuple[int, ...], type[Node])


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x"])
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
class S:
    __slots__ = ("x",)
class W:
    __slots__ = ("x", "__weakref__")
class Sub(W):
    __slots__ = ()
class Plain(S):
    pass
class E(Exception): __slots__ = ()
for c in (S, W, Sub, Plain, E):
    try:
        _weakref.ref(c()); print(c.__name__, "ok")
    except TypeError as e:
        print(e)
class E2(Exception): pass
for v in (E2(), Exception(), ValueError()):
    try:
        _weakref.ref(v); print(type(v).__name__, "ok")
    except TypeError as e:
        print(e)


class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class Both(Left, Right):
    pass


print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Right.__subclasses__()])
del Both
gc.collect()
print("dead classes leave __subclasses__:", [c.__name__ for c in Left.__subclasses__()])

# classes: metaclasses, __prepare__, __init_subclass__, __set_name__, __mro_entries__, __class_getitem__, type()
class M(type): pass
class N(type): pass
class A(metaclass=M): pass
class B(metaclass=N): pass
try:
    class C(A, B): pass
except TypeError as e: print(e)
print(type(A.__dict__))
class K:
    x = 1
print(K.__dict__['x'])
try: K.__dict__['y'] = 2
except TypeError as e: print(e)
class D:
    def __get__(self, i, o): return ('get', i is None, o.__name__)
class E: d = D()
print(E.d, E().d)
try:
    class Z(metaclass=1): pass
except TypeError as e: print(e)
def f(*a, **k): print(a, k); return 5
class Y(metaclass=f, q=1): pass
print(Y)
try: type('X', (1,), {})
except TypeError as e: print(e)
try: type('X')
except TypeError as e: print(e)
X = type('X', (K,), {'y': 2})
print(X, X.x, X.y, X.__module__, X.__qualname__, X.__mro__)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class Sub(Base, tag="t"): pass
print(Sub.tag)
try:
    class Sub2(Base, bogus=1): pass
except TypeError as e: print(e)
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class H:
    a = Named()
    b = Named()
print(H.a.name)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int])
class Entry:
    def __mro_entries__(self, bases):
        return (K,)
class W(Entry()): pass
print(W.__mro__, W.__orig_bases__[0].__class__.__name__)
class Meta(type):
    def __prepare__(name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name, sorted(k for k in ns if not k.startswith('__')))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("meta call", a, k)
        return super().__call__(*a, **k)
class P(metaclass=Meta):
    def __init__(self, v): self.v = v
    def __init_subclass__(cls, **kw): print("sub", kw)
print(P.injected, P(5).v)
class Q(P, z=2): pass
print(type(Q))
class LogDict(dict):
    def __setitem__(self, k, v):
        print("ns set", k)
        super().__setitem__(k, v)
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases): return LogDict()
class R(metaclass=M2):
    x = 1
    def f(self): return __class__
print(R().f() is R, type(R.__dict__))
class Meta3(type):
    def __instancecheck__(cls, inst): return inst == 3
    def __subclasscheck__(cls, sub): return sub is int
class I(metaclass=Meta3): pass
print(isinstance(3, I), isinstance(4, I), issubclass(int, I), issubclass(str, I))
class Meta4(type):
    def __iter__(cls): return iter([1, 2])
    def __len__(cls): return 2
    def __getitem__(cls, k): return k * 2
    def __contains__(cls, x): return x == 1
    def __repr__(cls): return '<M4 ' + cls.__name__ + '>'
    @property
    def members(cls): return 'members of ' + cls.__name__
class J(metaclass=Meta4): pass
print(list(J), len(J), J[3], 1 in J, repr(J), J.members)
class Abstract:
    pass
Abstract.__abstractmethods__ = frozenset({'f', 'g'})
try: Abstract()
except TypeError as e: print(e)
Abstract.__abstractmethods__ = frozenset()
print(type(Abstract()).__name__)
try: type.__abstractmethods__
except AttributeError as e: print(e)

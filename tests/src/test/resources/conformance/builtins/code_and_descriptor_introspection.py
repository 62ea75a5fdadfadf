# builtins: what inspect reads: code objects' attributes, closures, bound builtins' types, descriptors in type dicts, __flags__, __hash__ None

def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    x = 1

    def g():
        return x + a + e
    return g


c = f.__code__
for attr in ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_varnames',
             'co_cellvars', 'co_freevars', 'co_name', 'co_qualname', 'co_firstlineno', 'co_flags']:
    print(attr, getattr(c, attr))
g = f(10, d=2)
print(g.__code__.co_freevars, [cell.cell_contents for cell in g.__closure__], g.__code__.co_flags)


async def co():
    pass


def gen():
    yield 1


print(co.__code__.co_flags, gen.__code__.co_flags, (lambda: 0).__code__.co_name)
print(f.__defaults__, f.__kwdefaults__, f.__qualname__)


def h(x: int, *, y: str = 'a') -> bool:
    pass


print(h.__annotations__, h.__kwdefaults__, h.__defaults__)


class A:
    def m(self):
        pass

    @property
    def p(self):
        "the p"
        return 5


a = A()
for bound in (a.__init__, a.__str__, [].append, dict.fromkeys, a.m, A.m):
    print(type(bound).__name__)
print(A.p.__get__(a, A), A.p.__get__(None, A) is A.p, A.p.__doc__)
A.p.__doc__ = "changed"
print(A.p.__doc__, hasattr(property, '__set__'), hasattr(property, '__delete__'))
try:
    A.p.__set__(a, 1)
except AttributeError as e:
    print("AttributeError:", e)


class Abstract:
    def run(self):
        pass


class Concrete(Abstract):
    def run(self):
        pass


Abstract.__abstractmethods__ = frozenset({'run'})


print(bool(Abstract.__flags__ & (1 << 20)), bool(Concrete.__flags__ & (1 << 20)), bool(A.__flags__ & (1 << 9)))
print(bool(int.__flags__ & (1 << 24)), bool(bool.__flags__ & (1 << 24)), bool(A.__flags__ & (1 << 24)))

mro = type.__dict__['__mro__']
print(mro.__name__, mro.__objclass__ is type, mro.__get__(Concrete), type.__dict__['__dict__'].__get__(A)['m'] is A.m)
try:
    mro.__get__(5)
except TypeError as e:
    print("TypeError:", e)

print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, frozenset.__hash__ is None)


class L(list):
    pass


for v in (L(), [], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)

G = 1
print(sorted(k for k, v in globals().items() if isinstance(v, int) and not k.startswith('_')))
print({k: 1 for k in globals() if isinstance(k, str) and len(k) == 1})

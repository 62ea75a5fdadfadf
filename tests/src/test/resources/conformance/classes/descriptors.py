# classes: data and non-data descriptors, __getattribute__/__setattr__/__delattr__ overrides, live __dict__
class Ga:
    def __getattribute__(self, n):
        if n == 'magic': return 7
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return 'fallback ' + n
    def meth(self): return 'm'
g = Ga(); g.x = 1
print(g.magic, g.x, g.nope, g.meth())
class Sa:
    def __setattr__(self, n, v):
        print('setattr', n, v); object.__setattr__(self, n, v * 2)
    def __delattr__(self, n):
        print('delattr', n); object.__delattr__(self, n)
sa = Sa(); sa.q = 4; print(sa.q); del sa.q
print(hasattr(sa, 'q'))
class DD:
    def __get__(self, i, o): return i.__dict__.get('_dd', 'unset') if i else self
    def __set__(self, i, v): i.__dict__['_dd'] = v
    def __delete__(self, i): print('delete')
class U: dd = DD()
u = U(); print(u.dd); u.dd = 9; print(u.dd); del u.dd
class NonData:
    def __get__(self, i, o): return 'nondata'
class V: nd = NonData()
v = V(); print(v.nd); v.__dict__  # instance dict wins
v.nd = 'inst'; print(v.nd)
class Cached:
    def __init__(self, fn): self.fn = fn; self.name = fn.__name__
    def __get__(self, inst, owner):
        if inst is None: return self
        v = inst.__dict__[self.name] = self.fn(inst)
        return v
class Uses:
    calls = 0
    @Cached
    def value(self):
        Uses.calls += 1
        return 42
u = Uses()
print(u.value, u.value, Uses.calls, 'value' in vars(u))
u.__dict__.update(extra=1)
print(u.extra, sorted(u.__dict__))
u.__dict__ = {'fresh': True}
print(u.fresh, hasattr(u, 'extra'))
class Base: pass
class Other: pass
b = Base(); b.__class__ = Other; print(type(b).__name__)

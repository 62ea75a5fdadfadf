# stdlib: functools.cached_property as its own descriptor class, lru_cache on methods
from functools import cached_property
import functools
class R:
    def __init__(self): self.n = 0
    @cached_property
    def total(self):
        "the total"
        self.n += 1
        return 5
r = R()
print(r.total, r.total, r.n, vars(r), R.total.__doc__, R.total.attrname, type(R.total).__name__)
del r.total
print(r.total, r.n)
class S:
    __slots__ = ("a",)
    @cached_property
    def x(self): return 1
try: S().x
except TypeError as e: print(e)
c = cached_property(lambda self: 1)
try: c.__get__(R())
except TypeError as e: print(e)
try:
    class T:
        a = c
        b = c
except (TypeError, RuntimeError) as e: print(type(e).__name__, e)
print(cached_property[int])
class M:
    @functools.lru_cache(maxsize=4)
    def f(self, x): return x * 2
    def __hash__(self): return 1
m = M()
print(m.f(3), m.f(3), M.f.cache_info())

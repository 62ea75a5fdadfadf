# stdlib: types.SimpleNamespace (repr, equality, messages, subclassing) and types.MethodType
import types
import types, copy
from types import SimpleNamespace as NS
ns = NS(b=2, a=1)
print(ns, repr(ns), vars(ns), ns.a, type(ns), NS.__name__, NS.__module__, NS.__qualname__)
ns.c = [3]; del ns.a; print(ns, hasattr(ns, "a"))
try: ns.zz
except AttributeError as e: print(e)
try: del ns.zz
except AttributeError as e: print(e)
try: NS(1)
except TypeError as e: print(e)
try: hash(ns)
except TypeError as e: print(e)
print(ns == NS(b=2, c=[3]), ns != NS(b=2), ns == 3, NS() == NS())
ns.self = ns; print(ns)
del ns.self
class Sub(NS):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = True
s = Sub(x=1)
print(s, s == NS(x=1, extra=True), isinstance(s, NS), type(s).__name__)
try: s.nope
except AttributeError as e: print(e)
c = copy.copy(ns); d = copy.deepcopy(ns); print(c, d, d.c is ns.c, c.c is ns.c)
print(ns.__reduce__())
v = vars(ns); v["q"] = 9; print(ns.q)
print(NS(**{"a": 1, "b": [2]}), NS.__doc__.splitlines()[0])
class NS: pass
def speak(self): return self.name + " hi"
o = NS(); o.name = "ns"
b = types.MethodType(speak, o)
print(b(), b.__self__ is o, b.__func__ is speak, type(b).__name__)
print(type([].append).__name__, isinstance([].append, types.BuiltinMethodType), isinstance([].append, types.MethodType))
print(type(len).__name__, [].append.__self__, [].append.__name__)
for args in [(1, 2), (speak, None), (speak,)]:
    try: types.MethodType(*args)
    except TypeError as e: print(e)

# stdlib: _random.Random and Python subclasses of a Java-defined type
import _random
def e(f):
    try: print(repr(f()))
    except Exception as x: print(type(x).__name__, x)
r = _random.Random(5)
print(r.random(), r.getrandbits(70), r.getrandbits(0), r.getrandbits(32), len(r.getstate()), r.getstate()[-1])
s = r.getstate(); x = r.random(); r.setstate(s); print(x == r.random())
r.seed(-5); print(r.random()); r.seed(2.5); print(r.random()); r.seed(); r.seed(None)
r.seed(2 ** 100); print(r.random())
e(lambda: r.setstate([1]))
e(lambda: r.setstate((1,)))
e(lambda: r.setstate((0,) * 624 + (625,)))
e(lambda: r.setstate((-1,) * 624 + (1,)))
e(lambda: r.setstate(('a',) * 624 + (1,)))
e(lambda: r.getrandbits(-1))
e(lambda: _random.Random(1, 2))
e(lambda: _random.Random(x=1))
e(lambda: r.seed(1, 2))
e(lambda: r.seed(x=1))
print(_random.Random.__module__, _random.Random.__name__, type(r).__name__)

class R(_random.Random):
    """Seeds the way random.py does: __init__ calls self.seed, seed calls super().seed."""
    def __init__(self, x=None):
        self.gauss_next = None
        self.seed(x)

    def seed(self, a=None):
        self.calls = getattr(self, 'calls', 0) + 1
        super().seed(a)

    def getstate(self):
        return (3, super().getstate(), self.gauss_next)

    def setstate(self, state):
        version, internal, self.gauss_next = state
        super().setstate(internal)

    def __repr__(self):
        return f"<R calls={self.calls}>"

q = R(12345)
print(type(q).__name__, isinstance(q, _random.Random), isinstance(q, R), type(q).__mro__)
print(q.random(), q.random() == _random.Random(12345).random(), q.calls, q.gauss_next, repr(q), str(q))
st = q.getstate(); a = q.random(); q.setstate(st); print(a == q.random(), st[0], len(st[1]))
q.extra = [1]; print(q.extra, sorted(vars(q)) if hasattr(q, '__dict__') else None)
del q.extra
e(lambda: q.extra)

class Fixed(_random.Random):
    def random(self):
        return 0.25
f = Fixed(1)
print(f.random(), _random.Random.random(f) != 0.25, f.getrandbits(8) < 256)

class Plain(_random.Random):
    pass
p = Plain(7)
print(p.random() == _random.Random(7).random(), type(p).__name__)
class Two(_random.Random):
    def __init__(self, a, b):
        super().__init__(a + b)
print(Two(3, 4).random() == _random.Random(7).random())

# classes: subclasses of tuple — instances carry attributes, __new__ through tuple.__new__, repr override calling tuple.__repr__, sequence behaviour kept
class Pair(tuple):
    def __new__(cls, a, b):
        self = tuple.__new__(cls, (a, b))
        self.label = "p"
        return self
    def __repr__(self):
        return "Pair%s" % tuple.__repr__(self)
p = Pair(1, 2)
print(p, p.label, len(p), p[0], p[-1], p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), type(p).__name__)
print(list(p), p + (3,), p[:1], 2 in p, str(p), sorted(Pair(3, 1)), tuple(p), type(tuple(p)).__name__)
class T(tuple): pass
t = T([1, 2, 3])
print(t, type(t).__name__, t.count(1), T(), type(T()).__name__)
a, b = p
print(a, b, "%s-%s" % p, {p: 1}[(1, 2)])

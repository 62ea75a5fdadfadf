# classes: object.__getstate__ with an instance dict, with __slots__, and on plain objects
class A:
    def __init__(s): s.x = 1
class S:
    __slots__ = ('a', 'b')
class D(S):
    pass
s = S(); s.a = 1
d = D(); d.b = 2; d.extra = 3
print(A().__getstate__(), s.__getstate__(), d.__getstate__(), object().__getstate__(), S().__getstate__())
class Custom:
    def __getstate__(self): return "mine"
print(Custom().__getstate__())

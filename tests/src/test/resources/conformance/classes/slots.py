# classes: __slots__: slot descriptors, missing attributes, no __dict__, __dict__ in slots
class S:
    __slots__ = ('a',)
s = S()
try: s.b = 2
except AttributeError as e: print(e)
try: s.a
except AttributeError as e: print(e)
try: s.__dict__
except AttributeError as e: print(e)
print(S.a, type(S.a).__name__)
s.a = 1; print(s.a); del s.a
try: del s.a
except AttributeError as e: print(e)
class T(S):
    __slots__ = ('b', '__dict__')
t = T(); t.c = 3; t.a = 1; t.b = 2; print(t.__dict__, t.a, t.b)

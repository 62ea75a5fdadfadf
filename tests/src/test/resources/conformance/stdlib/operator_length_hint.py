# stdlib: operator.length_hint and the __length_hint__ of builtin iterators
import operator
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(object(), 7))
it = iter([1,2,3]); next(it); print(operator.length_hint(it), it.__length_hint__())
print(operator.length_hint(iter((1,2))), operator.length_hint(iter("héllo")), operator.length_hint(iter(range(10))))
print(operator.length_hint(iter({1:2, 3:4})), operator.length_hint(iter({1,2,3})))
print(operator.length_hint(x for x in range(3)), operator.length_hint(map(str, [1])))
class H:
    def __length_hint__(self): return 4
class N:
    def __length_hint__(self): return NotImplemented
class B:
    def __length_hint__(self): return "x"
class Neg:
    def __length_hint__(self): return -1
class L:
    def __len__(self): return 9
    def __length_hint__(self): return 4
print(operator.length_hint(H()), operator.length_hint(N(), 5), operator.length_hint(L()))
for o in (B(), Neg()):
    try: operator.length_hint(o)
    except Exception as e: print(type(e).__name__, e)
try: operator.length_hint([], "a")
except Exception as e: print(type(e).__name__, e)

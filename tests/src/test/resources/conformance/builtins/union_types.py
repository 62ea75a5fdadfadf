# builtins: int | str makes a types.UnionType (PEP 604): repr, flattening, None, isinstance/issubclass, errors
u = int | str
print(u, type(u).__name__, u.__args__, int | int, int | None, None | int)
print(isinstance(3, u), isinstance(3.0, u), issubclass(bool, u), u == (str | int), hash(u) == hash(str | int))
print(list[int] | None, (int | str) | float)
try:
    int | 3
except TypeError as e:
    print(e)
import types
print(type(int | str) is types.UnionType, (int | str | int).__args__)
print(isinstance(None, int | None), issubclass(type(None), str | None))
try:
    isinstance([], list[int] | str)
except TypeError as e:
    print("TypeError:", e)

# Subclasses of float: methods, attributes, overridden operators, comparisons and hash, float()
# of a subclass, float enums, and json/math/pickle/copy on subclass instances.
class F(float):
    def half(self): return self / 2
    def __repr__(self): return f"F({float.__repr__(self)})"
f = F(3.5)
print(type(f).__name__, f.half(), repr(f), f + 1, isinstance(f, float), float(f), F("2.5"), str(f))
f.tag = 1; print(f.tag)
import enum
class Half(float, enum.Enum):
    A = 0.5
print(Half.A, Half.A.value, Half.A * 2)
class G(float):
    def __add__(self, o): return "added"
    def __float__(self): return 9.0
    def __eq__(self, o): return "eq"
    def __hash__(self): return 7
g = G(1.0)
print(g + 1, 1 + g, g - 1, float(g), g == 2, hash(g), g * 2, g / 2, -g, abs(g), round(G(2.5)), int(G(3.9)), f"{G(1.25):.1f}", G(2) ** 2)
x = 2.0
x += G(1)
print(x, type(x).__name__, sum([G(1), G(2)]), max(G(1), 3.0), sorted([G(3), 1.0, G(2)]), {G(0.5): 1}, [G(5)], str(G(6)))
import json, math, pickle, copy
class H(float): pass
print(json.dumps([H(1.5)]), math.floor(H(2.5)), pickle.loads(pickle.dumps(H(4.5))), type(copy.copy(H(1))).__name__, H.fromhex("0x1p1"), type(H.fromhex("0x1p1")).__name__)
print(float.__new__(H, 3), type(float.__new__(H, 3)).__name__, isinstance(H(1), float), issubclass(H, float), H(2).is_integer(), H(2.5).as_integer_ratio())

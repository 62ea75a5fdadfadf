# classes: a builtin assigned as a dunder in a subclass of int/str overrides the builtin's own (enum's IntFlag and IntEnum str())
import enum
class P(enum.IntFlag):
    A = 2
    B = 4
x = P.A | P.B
print(x, str(x), f"{x}", repr(x), "%s" % x, format(x))
class Pr(enum.IntEnum):
    HIGH = 10
print(Pr.HIGH, f"{Pr.HIGH:03d}", str(Pr.HIGH))
class S(str):
    __str__ = str.__repr__
print(S("a"), str(S("b")), "%s" % S("c"))
class I(int):
    __str__ = int.__repr__
print(I(5), str(I(6)), repr(I(7)))

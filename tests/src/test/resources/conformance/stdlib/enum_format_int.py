# stdlib: format() and int() of str/int subclasses and enums (IntFlag, str mixins)
import re, enum
print(int(re.I | re.M), type(int(re.I)).__name__, "%d" % (re.I|re.M), "%s" % re.I, f"{re.I}", format(re.I|re.M), "{:d}".format(re.M))
class I(int): pass
class J(int):
    def __int__(self): return 42
print(type(int(I(3))).__name__, int(J(3)), type(float(I(2))).__name__)
class Shape(str, enum.Enum):
    CIRCLE = "circle"
print(f"{Shape.CIRCLE}", str(Shape.CIRCLE), format(Shape.CIRCLE), "{}".format(Shape.CIRCLE), f"{Shape.CIRCLE:>14}")
class N(enum.IntEnum):
    A = 1
print(f"{N.A}", str(N.A), format(N.A, "03d"), "%d" % N.A, "%s" % N.A, repr(N.A))
class S(str): pass
def fmt(self, spec): return "custom"
S.__format__ = fmt
print(f"{S('x')}", format(S('x')))

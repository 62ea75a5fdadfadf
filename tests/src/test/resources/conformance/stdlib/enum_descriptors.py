# stdlib: enum keeps properties, methods and classmethods of an Enum body out of its members
import enum
from enum import Enum, auto
p = property(lambda self: 1)
print(hasattr(p, "__get__"), hasattr(p, "__set__"), hasattr(p, "__delete__"))


class Box:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x * 2


b = Box()
Box.v.__set__(b, 4)
print(Box.v.__get__(b), Box.v.__get__(None, Box) is Box.v, b.v)
Box.v.__set__(b, 1)
print(b.v)
try:
    property().__get__(b)
except AttributeError as e:
    print("AttributeError:", e)


class Status(Enum):
    PENDING = auto()
    DONE = auto()

    @property
    def finished(self):
        return self is Status.DONE

    def next(self):
        return Status.DONE

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]

    @staticmethod
    def helper():
        return "static"


print(list(Status), Status.PENDING.finished, Status.DONE.finished)
print(Status.PENDING.next(), Status.parse("pending"), Status.helper())
print(sorted(Status.__members__))

# stdlib: abc (CPython's abc.py): ABCMeta, abstract methods and properties, register, __subclasshook__
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"


class Partial(Shape):
    def area(self):
        return 0


for cls in (Shape, Partial):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__, type(Shape) is ABCMeta, isinstance(Square(1), Shape))
print(Shape.name.__isabstractmethod__, Square.name.__isabstractmethod__)

try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)


class Stack(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


print(sorted(Stack.__abstractmethods__))
try:
    Stack()
except TypeError as e:
    print("TypeError:", e)


# register() makes virtual subclasses; the result is the registered class
class Drawable(ABC):
    pass


@Drawable.register
class Point:
    pass


Drawable.register(int)
print(issubclass(Point, Drawable), isinstance(Point(), Drawable), isinstance(3, Drawable), isinstance("", Drawable))
print(issubclass(bool, Drawable), Drawable in Point.__mro__)
tok = get_cache_token()
Drawable.register(str)
print(get_cache_token() != tok, isinstance("", Drawable))


# __subclasshook__ decides for classes that do not inherit
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Box:
    def __len__(self):
        return 0


print(issubclass(Box, HasLen), issubclass(list, HasLen), issubclass(int, HasLen), isinstance(Box(), HasLen))
print(object.__subclasshook__(), object.__subclasshook__(int))

try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)


# an abstract class may still be subclassed and completed later
class Base(ABC):
    @abstractmethod
    def run(self):
        return "base"


class Done(Base):
    def run(self):
        return "done and " + super().run()


print(Done().run(), Done.__abstractmethods__ == frozenset())

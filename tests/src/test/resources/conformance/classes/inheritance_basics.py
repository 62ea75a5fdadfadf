# classes: single inheritance, overriding, extending via super(), inherited attributes, isinstance
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area():.2f}"
class Rectangle(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
class Triangle(Shape):
    sides = 3
    def __init__(self, base, height):
        Shape.__init__(self, "triangle")
        self.base, self.height = base, height
    def area(self):
        return 0.5 * self.base * self.height
    def describe(self):
        return "pointy " + super().describe()
shapes = [Shape("blob"), Rectangle(2, 3), Square(4), Triangle(3, 5)]
for s in shapes:
    print(s.describe())
sq = Square(2)
print(isinstance(sq, Square), isinstance(sq, Rectangle), isinstance(sq, Shape), isinstance(sq, Triangle))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, Square), issubclass(Square, object))
print(type(sq).__name__, type(sq) is Rectangle, type(sq).__bases__[0].__name__)
print([c.__name__ for c in Square.__mro__])
print(Square.sides, sq.sides, Square.area is Rectangle.area, Triangle.area is Shape.area)
sq.sides = 99
print(sq.sides, Square.sides, Rectangle.sides)
Rectangle.sides = 40
print(Square.sides, Square(1).sides, Triangle.sides)
class Base:
    def hook(self):
        return "base hook"
    def template(self):
        return f"[{self.hook()}]"
class Derived(Base):
    def hook(self):
        return "derived hook"
print(Base().template(), Derived().template())
print(Shape.__name__, Square.__base__.__name__, Shape.__base__.__name__)
print(isinstance(3, (str, int)), isinstance("s", (list, tuple)), isinstance(True, int))

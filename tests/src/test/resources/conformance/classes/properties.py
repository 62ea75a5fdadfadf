# classes: @property getters, setters with validation, deleters, read-only errors, inheritance
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._celsius
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 1))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
print(t.celsius)
del t.celsius
print(hasattr(t, "_celsius"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError", e)
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError", e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, lz.computed)
class Base:
    @property
    def kind(self):
        return "base"
class Sub(Base):
    @property
    def kind(self):
        return "sub of " + super().kind
print(Base().kind, Sub().kind)
print(type(Temperature.celsius).__name__, isinstance(Temperature.fahrenheit, property))
def get_x(self):
    return self._x * 10
def set_x(self, v):
    self._x = v
class Classic:
    x = property(get_x, set_x, None, "x doc")
cl = Classic()
cl.x = 4
print(cl.x, Classic.x.__doc__)
class Account:
    def __init__(self):
        self._balance = 0
    balance = property(lambda self: self._balance)
acct = Account()
print(acct.balance)

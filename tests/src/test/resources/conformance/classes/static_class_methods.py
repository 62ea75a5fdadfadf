# classes: @staticmethod and @classmethod: calls via class and instance, alternative constructors, counters
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"
class BusinessDate(Date):
    created = 0
print(Date.from_string("2024-02-29"), Date.epoch(), BusinessDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.created, BusinessDate.created)
print(type(BusinessDate.epoch()).__name__)
class Registry:
    _items = []
    @classmethod
    def add(cls, item):
        cls._items.append(item)
        return cls
    @classmethod
    def count(cls):
        return len(cls._items)
Registry.add("a").add("b")
print(Registry.count(), Registry._items)
class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))
    def use(self, x):
        return self.clamp(x, 0, 10)
print(MathUtil.clamp(15, 0, 10), MathUtil().use(-5), MathUtil().clamp(5, 0, 3))
print(type(MathUtil.clamp).__name__, type(Date.epoch).__name__, type(Date(1, 2, 3).epoch).__name__)
f = Date.from_string
print(f("2000-01-01"))
class Shape:
    @classmethod
    def describe(cls):
        return f"I am {cls.__name__}"
class Circle(Shape): pass
print(Shape.describe(), Circle.describe(), Circle().describe())
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.increment(), SubCounter.increment(), SubCounter.increment(), Counter.count, SubCounter.count)

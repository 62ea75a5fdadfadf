# classes: __hash__/__eq__ for dict keys and sets, unhashable classes, __bool__ and __len__ truthiness
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, Point(3, 3) in pts)
dist = {Point(0, 0): "origin"}
print(dist[Point(0, 0)], dist.get(Point(0, 1), "unknown"))
print(hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(5, 5)) == hash((5, 5)))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError", e)
print(EqOnly.__hash__ is None)
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError", e)
try:
    {[1, 2]: "list key"}
except TypeError as e:
    print("TypeError", e)
class Identity:
    pass
a = Identity()
print(hash(a) == hash(a), a in {a}, Identity() in {a})
class Stack:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
print(bool(Stack()), bool(Stack(0)), len(Stack(1, 2)), "empty" if not Stack() else "full")
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__ called")
        return self.on
    def __len__(self):
        print("  __len__ never called")
        return 1
print(bool(Flag(False)))
if Flag(True):
    print("truthy flag")
print(Flag(False) or "fallback")
print([x for x in [Flag(True), Flag(False)] if x].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
print(bool(object()), not Stack(), not Stack(1))
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
print(len({1, 1.0, True}), len({0, False, 0.0, -0.0}))

# functions: exact TypeError messages for wrong calls of functions and methods
def two(a, b):
    return a + b
def kw(a, *, flag):
    return a
def opt(a, b=1, c=2):
    return a
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def move(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
zero = lambda: 0
pair = lambda x, y: 0
number, text, nothing = 5, "text", None
cases = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, c=3),
    lambda: two(1, a=1),
    lambda: kw(1),
    lambda: kw(1, 2),
    lambda: kw(flag=1),
    lambda: opt(),
    lambda: opt(1, 2, 3, 4),
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, 2).move(),
    lambda: Point(1, 2).move(1, 2, 3),
    lambda: Point(1, 2).move(1, dz=2),
    lambda: zero(1),
    lambda: pair(),
    lambda: len(),
    lambda: len([], []),
    lambda: abs(1, 2),
    lambda: "abc".upper(1),
    lambda: number(),
    lambda: text(),
    lambda: nothing(),
    lambda: two(*[1, 2, 3]),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, e)

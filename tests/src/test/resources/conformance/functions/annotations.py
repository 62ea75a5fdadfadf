# functions: __annotations__ of functions, classes and modules, evaluated where they are defined
x: int = 1
y: "forward"
print(__annotations__)


def f(a: int, b: str = "s", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]


print(f.__annotations__)
print((lambda q: q).__annotations__, (lambda: 0).__annotations__ == {})


def plain(a, b):
    local: int = 5
    return local


print(plain.__annotations__, plain(1, 2))


class Point:
    x: int
    y: int = 0
    label: str = "p"

    def move(self, dx: int) -> "Point":
        return self


print(Point.__annotations__, Point.y, hasattr(Point, "x"))
print(Point.move.__annotations__)


def make(kind):
    def inner(v: kind) -> kind:
        return v
    return inner


print(make(float).__annotations__)
f.__annotations__["extra"] = 1
print(sorted(f.__annotations__))

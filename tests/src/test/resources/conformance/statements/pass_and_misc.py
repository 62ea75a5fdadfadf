# statements: pass, annotated names, expression statements, empty classes and functions, semicolons
def nothing():
    pass
class Empty:
    pass
print(nothing(), type(Empty()).__name__)
def only_doc():
    "docstring only"
print(only_doc())
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")
scores: dict = {}
scores["a"] = 1
level: int = 3
print(scores, level)
def annotated(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: bool) -> list:
    return [a, b, args, c, kw]
print(annotated(1, "y", 2, 3, c=2.5, flag=True))
class Point:
    x: int
    y: int = 0
p = Point()
print(p.y, hasattr(p, "x"))
1 + 2
"expression statement ignored"
[n for n in range(3)]
print("expression statements have no output")
...
print(..., type(...).__name__, Ellipsis is ...)
def stub(): ...
print(stub())
a = 1; b = 2; c = a + b; print(c)

# builtins: sys._getframe and frame attributes; __annotations__ on modules, classes and functions
import sys
def outer():
    x = 1
    return inner()
def inner():
    f = sys._getframe(0)
    b = sys._getframe(1)
    return f.f_code.co_name, b.f_code.co_name, b.f_locals, f.f_back.f_code.co_name, f.f_globals is globals(), f.f_lineno, b.f_code.co_firstlineno
print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
try: sys._getframe(50)
except ValueError as e: print(e)
x: int = 5
y: "str"
print(__annotations__)
class C:
    a: int
    b: str = "s"
    def m(self, p: int, *args: str, q: float = 1.0, **kw: bool) -> None: pass
print(C.__annotations__, C.b, C.m.__annotations__)
class D(C): pass
print(D.__annotations__, 'a' in C.__dict__)
def g(): pass
print(g.__annotations__)
def deco(fn):
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
import functools
@functools.wraps(g)
def w(): pass
print(w.__wrapped__ is g)

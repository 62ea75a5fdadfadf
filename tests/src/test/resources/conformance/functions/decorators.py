# functions: decorators: plain, stacked (application order), with arguments, wraps, on methods and classes
import functools
def shout(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper()
    return wrapper
def exclaim(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) + "!"
    return wrapper
@shout
def hello(name):
    """Say hello."""
    return f"hello {name}"
print(hello("eddy"), hello.__name__, hello.__doc__)
@exclaim
@shout
def a():
    return "a"
@shout
@exclaim
def b():
    return "b"
print(a(), b(), a.__name__, b.__name__)
order = []
def tag(label):
    order.append(f"factory {label}")
    def deco(fn):
        order.append(f"decorate {label}")
        def wrapper():
            return f"<{label}>{fn()}</{label}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "bold italic"
print(order)
print(text())
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("add")
def add(x, y):
    return x + y
@register("mul")
def mul(x, y):
    return x * y
print(sorted(registry), registry["mul"](3, 4), add(1, 2))
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
for _ in range(5):
    noop()
print("calls", noop.calls)
def trace_method(fn):
    def wrapper(self, *args):
        print(f"-> {type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper
class Calc:
    @trace_method
    def add(self, x, y):
        return x + y
print(Calc().add(2, 3))
def add_greeting(cls):
    cls.greet = lambda self: f"hi from {type(self).__name__}"
    return cls
@add_greeting
class Person:
    pass
print(Person().greet())
deco_list = [shout, exclaim]
@deco_list[1]
def c():
    return "c"
print(c())
@lambda fn: lambda: fn() * 2
def d():
    return 21
print(d())

# functions: default values are evaluated once at definition time; mutable default pitfalls
calls = []
def stamp(tag):
    calls.append(tag)
    return tag
def f(a, b=stamp("default-b"), c=stamp("default-c")):
    return a, b, c
print("defined", calls)
print(f(1), f(1, 2), f(1, c=3), f(a=0))
print("after calls", calls)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
n = 10
def uses_n(x=n):
    return x
n = 20
print(uses_n())
def counter(memo={"count": 0}):
    memo["count"] += 1
    return memo["count"]
print(counter(), counter(), counter({"count": 100}), counter())
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def combo(a, b=2, *rest, c, d=4, **extra):
    return f"a={a} b={b} rest={rest} c={c} d={d} extra={extra}"
print(combo(1, c=3))
print(combo(1, 5, 6, 7, c=8, e=9))
print(combo(c=0, a=-1, z=26))
def defaults_tuple(x, y=(1, 2), z=None):
    return x, y, z
print(defaults_tuple.__defaults__, defaults_tuple(0))
def kw_defaults(*, flag=False, level=1):
    return flag, level
print(kw_defaults.__kwdefaults__ == {"flag": False, "level": 1}, kw_defaults(level=5))

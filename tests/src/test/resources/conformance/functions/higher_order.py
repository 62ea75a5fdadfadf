# functions: functions as values: passing, returning, storing in containers, composing
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def apply_n(fn, n):
    def run(x):
        for _ in range(n):
            x = fn(x)
        return x
    return run
print(apply_n(dbl, 10)(1), apply_n(str.upper, 1)("x"))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](7, 3))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b22")))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
def curry(fn):
    def first(a):
        def second(b):
            return fn(a, b)
        return second
    return first
print(curry(pow)(2)(8))
def pipeline(data, *steps):
    for step in steps:
        data = step(data)
    return data
print(pipeline(range(10), lambda xs: (x for x in xs if x % 2), lambda xs: map(dbl, xs), list))
handlers = []
def on(event):
    def deco(fn):
        handlers.append((event, fn))
        return fn
    return deco
@on("start")
def h1(): return "h1 started"
@on("stop")
def h2(): return "h2 stopped"
@on("start")
def h3(): return "h3 started"
print([fn() for ev, fn in handlers if ev == "start"])
print(callable(inc), callable(3), callable(str), callable(ops))
methods = [str.strip, str.lower, str.title]
print([m("  MiXed Case  ") for m in methods])
bound = "a-b-c".split
print(bound("-"), bound("-", 1))
append = [].append
append(1)
print(append.__self__ if hasattr(append, "__self__") else "no self")
print(sorted(["b", "A", "c"], key=str.lower), sorted("bca", reverse=True))

# generators: yield from delegates iteration, send and throw; its value is the subgenerator's return value
def child(name, n):
    for i in range(n):
        received = yield f"{name}{i}"
        if received:
            print(f"  {name} received {received}")
    return f"{name} done"
def parent():
    r1 = yield from child("a", 2)
    print("  parent got", r1)
    r2 = yield from child("b", 1)
    print("  parent got", r2)
    return [r1, r2]
p = parent()
print(next(p), p.send("hi"), next(p))
try:
    next(p)
except StopIteration as e:
    print("parent returned", e.value)
print(list(parent()))
def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj
print(list(flatten([1, [2, (3, [4])], [], 5])))
def from_iterables():
    yield from "ab"
    yield from range(2)
    yield from [None]
    yield from {"k": 1}
    result = yield from []
    yield result
print(list(from_iterables()))
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  child caught", e)
def delegator():
    yield from catcher()
d = delegator()
next(d)
print(d.throw(ValueError("through parent")))
d.close()
print("closed delegator")
def child_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  child finally")
def outer():
    try:
        yield from child_with_finally()
    finally:
        print("  outer finally")
o = outer()
print(next(o))
o.close()
def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    got = yield from depth(n - 1)
    yield f"level {n}"
    return got + 1
gen = depth(3)
items = []
while True:
    try:
        items.append(next(gen))
    except StopIteration as e:
        print(items, "depth returned", e.value)
        break
def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count if count else 0
        total += value
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in [("x", [1, 2, 3]), ("y", [10, 20])]:
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)

# generators: generator expressions are lazy: only the first iterable is evaluated eagerly; single pass
log = []
def source(n):
    log.append(f"source({n})")
    for i in range(n):
        log.append(f"yield {i}")
        yield i
def noisy(x):
    log.append(f"noisy({x})")
    return x * 10
g = (noisy(x) for x in source(3))
print("after creation:", log)
print(next(g), log)
log.clear()
print(list(g), log)
print(list(g))
log.clear()
def make_list():
    log.append("make_list called")
    return [1, 2]
g2 = (noisy(x) for x in make_list())
print("outermost iterable is evaluated at creation:", log)
print(list(g2), log)
log.clear()
first_iter = (x for x in source(2) for y in source(2))
print("nested genexp created:", log)
print(list(first_iter))
print(log.count("source(2)"))
try:
    bad = (x for x in 42)
except TypeError as e:
    print("eager TypeError", e)
lazy_error = (1 / x for x in [1, 0])
print("created lazily")
print(next(lazy_error))
try:
    next(lazy_error)
except ZeroDivisionError as e:
    print("ZeroDivisionError on demand:", e)
squares = (x * x for x in range(10))
print(5 in squares, list(squares))
print(sum(x for x in range(5)), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(any(noisy(x) > 15 for x in range(5)))
print(log[-3:])
evens = (x for x in range(10) if x % 2 == 0)
print(next(evens), next(evens), list(evens))
def consume(limit, it):
    out = []
    for x in it:
        if len(out) == limit:
            break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(consume(5, (n * n for n in naturals() if n % 3)))
x = 10
gen = (x + i for i in range(3))
x = 20
print(list(gen))
it = iter([1, 2, 3])
doubled = (v * 2 for v in it)
print(next(it), list(doubled))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(type(x for x in []).__name__, list(x for x in ()))

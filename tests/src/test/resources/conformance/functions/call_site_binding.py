# functions: one call site seeing several functions, changed defaults, keyword arguments bound at the site, and its errors
import asyncio


def a(x, y=1, *, z=2):
    return ("a", x, y, z)


def b(y, x=10, *, z=20):
    return ("b", x, y, z)


def c(x, /, y=5):
    return ("c", x, y)


def d(x, **rest):
    return ("d", x, sorted(rest.items()))


def e(*args, z=0):
    return ("e", args, z)


# the same call site meets functions whose keyword slots differ
for fn in (a, b, a, c, d, e, b):
    try:
        print(fn(3, z=4) if fn is not c else fn(3, y=4))
    except TypeError as err:
        print("TypeError:", err)

# keyword calls that the site must hand to the general binder for CPython's message
for call in (lambda: a(1, x=2), lambda: a(y=2), lambda: a(1, w=2), lambda: c(x=1), lambda: a(1, 2, 3)):
    try:
        print(call())
    except TypeError as err:
        print("TypeError:", err)

# defaults and keyword-only defaults changed between calls of one site
def f(p, q=1, *, r=2):
    return p, q, r


for step in range(4):
    if step == 1:
        f.__defaults__ = (7,)
    elif step == 2:
        f.__kwdefaults__ = {"r": 9}
    elif step == 3:
        f.__defaults__ = None
        f.__kwdefaults__ = None
    for call in (lambda: f(0), lambda: f(0, r=5), lambda: f(p=0, q=3)):
        try:
            print(step, call())
        except TypeError as err:
            print(step, "TypeError:", err)


# generators, coroutines and closures called with positional arguments and defaults
def gen(n, step=2):
    for i in range(n):
        yield i * step


def outer(k):
    def inner(v, w=100):
        return k + v + w
    return inner


def cellparam(v, w=1):
    def get():
        return v * w
    v += 1
    return get()


async def co(x, y=3):
    await asyncio.sleep(0)
    return x * y


async def main():
    return [await co(2), await co(2, 5), await co(y=4, x=1)]


print(list(gen(3)), list(gen(3, 5)), list(gen(n=2, step=7)))
print(outer(1)(2), outer(1)(2, 3), outer(1)(v=2, w=0))
print(cellparam(2), cellparam(2, 3), cellparam(w=2, v=4))
print(asyncio.run(main()))


class K:
    def m(self, x, y=0):
        return x + y

    def v(self, *xs):
        return xs


k = K()
print(k.m(1), k.m(1, 2), k.m(1, y=5), k.v(), k.v(1, 2))
try:
    k.m()
except TypeError as err:
    print("TypeError:", err)
try:
    gen()
except TypeError as err:
    print("TypeError:", err)

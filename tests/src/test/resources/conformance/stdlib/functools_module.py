# stdlib: functools.partial, reduce, wraps (plus lru_cache and cmp_to_key)
import functools
from functools import partial, reduce, wraps
def power(base, exponent, mod=None):
    return pow(base, exponent, mod)
square = partial(power, exponent=2)
cube_mod_10 = partial(power, exponent=3, mod=10)
two_to = partial(power, 2)
print(square(7), cube_mod_10(7), two_to(10), two_to(exponent=5))
print(square.func is power, square.args, square.keywords, two_to.args)
p2 = partial(square, mod=5)
print(p2(7), p2.keywords)
int_base2 = partial(int, base=2)
print(int_base2("1111"), list(map(partial(max, 0), [-2, 5, -1])))
joiner = partial(" - ".join)
print(joiner(["a", "b"]))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + [b * 2], [1, 2, 3], []), reduce(lambda a, b: b, [42]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError", e)
print(reduce(lambda a, b: a + b, [], "initial"))
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper
@logged
def area(w, h):
    """Compute an area."""
    return w * h
print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__(2, 2))
def unwrapped(fn):
    def wrapper():
        return fn()
    return wrapper
@unwrapped
def hidden():
    "doc lost"
print(hidden.__name__, hidden.__doc__)
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib(30), len(calls))
info = fib.cache_info()
print(info.hits, info.misses, info.currsize)
fib.cache_clear()
print(fib.cache_info().currsize)
@functools.lru_cache(maxsize=2)
def ident(x):
    calls.append(("ident", x))
    return x
calls.clear()
for x in [1, 2, 1, 3, 1, 2]:
    ident(x)
print(calls)
def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "c"], key=functools.cmp_to_key(by_length_then_alpha)))

# generators: a generator dropped while suspended in a try is closed by gc.collect() at the latest, with errors reported
import gc
import io
import re
import sys

closed = []


def gen(name):
    try:
        yield 1
    finally:
        closed.append(name)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def failing():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


g = gen("del")
next(g)
del g
gc.collect()
print("after del:", closed)

g = gen("rebound")
next(g)
g = gen("second")
next(g)
gc.collect()
print("after rebinding:", closed)


def local():
    h = gen("local")
    next(h)
    return 0


local()
gc.collect()
print("after a function's return:", closed)

pair = [gen("cycle")]
next(pair[0])
pair.append(pair)
del pair
gc.collect()
print("after a dropped cycle:", closed)


def chain():
    yield from gen("delegate")


c = chain()
next(c)
del c
gc.collect()
print("after dropping a delegating generator:", closed)

saved = sys.stderr
sys.stderr = io.StringIO()
try:
    s = stubborn()
    next(s)
    f = failing()
    next(f)
    del s, f
    gc.collect()
    print("the program goes on")
finally:
    report, sys.stderr = sys.stderr.getvalue(), saved
for line in report.splitlines():
    if not line.startswith(" "):
        print(" ", re.sub(r"0x[0-9a-f]+", "0x...", line))

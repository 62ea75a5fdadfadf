# generators: a generator made by a for header (or a comprehension's) is closed the moment the loop lets go of it
import io
import re
import sys


def gen(name, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print("  finally", name)


def with_cm(name):
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            print("  __exit__", name, exc[0].__name__ if exc[0] else None)
            return False
    with CM():
        yield 1
        yield 2


print("break:")
for x in gen("break"):
    if x == 1:
        break
print("after break")

print("return:")
def first():
    for x in gen("return"):
        return x
print("returned", first())

print("exception:")
try:
    for x in gen("exception"):
        raise KeyError(x)
except KeyError as e:
    print("caught", e)

print("exception in the same function's try:")
def same_frame():
    try:
        for x in gen("same frame"):
            1 / 0
    except ZeroDivisionError:
        print("  handler runs after the finally")
same_frame()

print("continue and exhaustion:")
for x in gen("exhausted", 2):
    continue
print("after exhaustion")

print("with in the generator:")
for x in with_cm("cm"):
    break
print("after with")

print("generator expression header:")
for x in (y * 2 for y in gen("genexp inner")):
    break
print("after genexp")

print("method and keyword calls:")
class Box:
    def items(self, label="method"):
        yield from gen(label)
b = Box()
for x in b.items():
    break
for x in b.items(label="keyword"):
    break
print("after methods")

print("nested loops close inner first:")
def outer():
    try:
        for x in gen("inner"):
            yield x
    finally:
        print("  finally outer")
for x in outer():
    break
print("after nested")

print("for-else break leaves the outer loop:")
for i in range(2):
    for x in gen("else-less", 1):
        pass
    else:
        print("  else ran")
        break
print("after for-else")

print("comprehensions:")
print([x for x in gen("list comp")])
try:
    [1 / (x - 1) for x in gen("list comp error")]
except ZeroDivisionError:
    pass
print("after list comp")
try:
    {x: 1 / (x - 1) for x in gen("dict comp error")}
except ZeroDivisionError:
    pass
print("after dict comp")
try:
    [y for x in range(2) for y in gen("inner clause") if 1 / (y - 1)]
except ZeroDivisionError:
    print("caught in nested clause")

print("not owned, not closed:")
it = gen("named")
for x in it:
    break
print("still open:", next(it))
keep = []
def make():
    g = gen("escaped")
    keep.append(g)
    return g
for x in make():
    break
print("escaped still open:", next(keep[0]))
cache = {}
for x in cache.setdefault("k", gen("setdefault")):
    break
print("setdefault still open:", next(cache["k"]))
for x in iter(keep[0]):
    break
print("iter() result still open:", next(keep[0], "done"))

print("errors while closing are reported, the loop goes on:")
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
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    for x in stubborn():
        break
    print("after stubborn")
    for x in failing():
        break
    print("after failing")
finally:
    report, sys.stderr = sys.stderr.getvalue(), saved
for line in report.splitlines():
    if line.startswith("Exception ignored") or not line.startswith(" "):
        print(" ", re.sub(r"0x[0-9a-f]+", "0x...", line))

print("closing the generator that drives a loop closes the loop's generator:")
def driver():
    for x in gen("driven"):
        yield x
d = driver()
next(d)
d.close()
print("end")

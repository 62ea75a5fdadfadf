# generators: finally and with blocks in generators run on exhaustion, on close(), and on break + close
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  open {self.name}")
        return self
    def __exit__(self, *exc):
        print(f"  close {self.name} ({exc[0].__name__ if exc[0] else 'normal'})")
def lines(name, count):
    with Resource(name):
        for i in range(count):
            yield f"{name}:{i}"
print("exhaust:", list(lines("a", 2)))
g = lines("b", 5)
for line in g:
    print("read", line)
    if line.endswith("1"):
        break
print("after break, before close")
g.close()
print("after close")
def guarded():
    try:
        yield "only"
    finally:
        print("  guarded finally")
for v in guarded():
    print("value", v)
print("loop over")
def counting():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print(f"  counting stopped at {n}")
c = counting()
print(next(c), next(c), next(c))
c.close()
def raising():
    try:
        yield 1
        raise ValueError("inside generator")
    finally:
        print("  finally before propagation")
try:
    for v in raising():
        print("got", v)
except ValueError as e:
    print("caught", e)
def nested():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
        yield "between"
    finally:
        print("  outer finally")
n = nested()
print(next(n))
print(next(n))
n.close()
def state():
    print("  state: started")
    yield "running"
    print("  state: resumed")
s = state()
print(next(s))
print(next(s, "exhausted"))
print(next(s, "still exhausted"))

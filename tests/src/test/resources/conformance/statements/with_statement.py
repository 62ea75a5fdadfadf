# statements: with blocks: enter/exit order, as-targets, multiple items, exceptions and suppression
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource("a") as r:
    print("body with", r)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)
try:
    with Resource("x"), Resource("y"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with Resource("swallower", suppress=True):
    raise KeyError("hidden")
print("after suppression")
with Resource("outer", suppress=True), Resource("inner"):
    raise RuntimeError("inner does not suppress")
print("outer suppressed it")
def early():
    with Resource("func"):
        return "returned from with"
print(early())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *args):
        return False
with Pair() as (left, right):
    print("unpacked", left, right)
holder = {}
with Pair() as holder["pair"]:
    pass
print(holder)
with (Resource("paren1") as p1,
      Resource("paren2") as p2):
    print("parenthesized", p1, p2)
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        print("depth", Reentrant.depth)
        return self
    def __exit__(self, *a):
        Reentrant.depth -= 1
rr = Reentrant()
with rr:
    with rr:
        pass
print("final depth", Reentrant.depth)

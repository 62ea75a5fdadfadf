# builtins: iter() and next(): defaults, sentinel form iter(callable, sentinel), iterator identity
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(iter(it) is it, iter([]) is not iter([]))
s = iter("abc")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
data = [5, 3, 0, 7]
pos = iter(data)
reader = lambda: next(pos)
print(list(iter(reader, 0)))
print(next(pos))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
lines = iter(["header", "a", "b", "", "ignored"])
body = list(iter(lambda: next(lines), ""))
print(body, next(lines))
r = iter(range(3))
print(type(r).__name__, next(r), list(r))
t = iter((9, 8))
print(next(t), next(t), next(t, "done"))
set_it = iter(sorted({3, 1, 2}))
print([next(set_it) for _ in range(3)])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
cd = Countdown(3)
print(next(cd), next(cd), next(cd), next(cd, "stop"))
gen = (c for c in "xy")
print(iter(gen) is gen, next(gen), next(gen), next(gen, "gen done"))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
pairs = iter([1, 2, 3, 4, 5, 6])
print(list(zip(pairs, pairs)))

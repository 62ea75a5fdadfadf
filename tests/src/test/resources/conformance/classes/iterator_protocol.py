# classes: iterator classes with __iter__/__next__, exhaustion, independent iterables, iter() on them
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        n = self.lo
        while n < self.hi:
            yield n
            n += 1
s = Span(1, 4)
print(list(s), list(s), sum(s), max(s))
print([(a, b) for a in Span(0, 2) for b in Span(0, 2)])
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIterator(self.limit)
class FibIterator:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
f = Fib(50)
print(list(f), list(zip(f, f)))
i1, i2 = iter(f), iter(f)
print(next(i1), next(i1), next(i2), i1 is not i2)
print(list(enumerate(Countdown(3), start=1)), dict(zip(Span(0, 3), "xyz")))
print(sorted(Countdown(4)), tuple(Countdown(2)), "-".join(str(x) for x in Countdown(3)))
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError", e)
try:
    for _ in 42:
        pass
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
for x in Countdown(5):
    if x == 3:
        break
print("broke at", x)
it = Countdown(3)
for x in it:
    print("first loop", x)
    break
for x in it:
    print("second loop continues", x)

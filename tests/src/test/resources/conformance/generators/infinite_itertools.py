# generators: infinite generators tamed with itertools.islice, count, cycle, chain and takewhile-style breaks
import itertools
def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
print(list(itertools.islice(primes(), 5, 10)))
print(list(itertools.islice(primes(), 0, 20, 5)))
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fibonacci(), 12)))
for f in fibonacci():
    if f > 1000:
        print("first fibonacci above 1000:", f)
        break
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice(itertools.count(0.5, 0.25), 3)))
colors = itertools.cycle(["red", "green", "blue"])
print([next(colors) for _ in range(7)])
print(list(zip(range(5), itertools.cycle("ab"))))
print(list(itertools.chain([1, 2], "ab", range(2))), list(itertools.chain()))
print(list(itertools.islice(itertools.chain(primes(), fibonacci()), 3)))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda x: x < 30, (n * n for n in itertools.count()))))
def windows(it, size):
    window = []
    for x in it:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)
print(list(itertools.islice(windows(itertools.count(), 3), 4)))
counter = itertools.count()
print(next(counter), next(counter), next(counter))
def interleave(*gens):
    active = list(gens)
    while active:
        for g in list(active):
            try:
                yield next(g)
            except StopIteration:
                active.remove(g)
print(list(interleave(iter("abc"), iter([1, 2]), iter([]))))
evens = (n for n in itertools.count() if n % 2 == 0)
print(list(itertools.islice(evens, 3)), list(itertools.islice(evens, 3)))

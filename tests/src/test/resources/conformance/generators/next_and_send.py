# generators: stepping with next(), send() values into yield expressions, priming rules, exhaustion
def echo():
    print("  started")
    received = None
    while True:
        received = yield f"echo:{received}"
        if received == "stop":
            return "stopped"
g = echo()
print("created, nothing ran yet")
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("exhausted again, value:", e.value)
fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print("TypeError", e)
print(fresh.send(None))
def running_average():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
avg = running_average()
next(avg)
for v in [10, 20, 60, 10]:
    print("avg", avg.send(v))
def numbered(items):
    for i, item in enumerate(items, 1):
        yield i, item
gen = numbered("xyz")
print(next(gen), next(gen), next(gen), next(gen, "default"))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
c = countdown(3)
print(list(c), list(c), next(c, None))
def accumulate_until(limit):
    total = 0
    while total < limit:
        total += yield total
    return total
acc = accumulate_until(10)
next(acc)
try:
    for x in [3, 4, 5]:
        print("running", acc.send(x))
except StopIteration as e:
    print("finished with", e.value)
print(type(countdown(1)).__name__, iter(c) is c)

# stdlib: time functions: only relationships and types are printed, never actual times
import time
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
print(type(t1).__name__, type(m1).__name__, type(p1).__name__)
print(t1 > 1_600_000_000)
time.sleep(0.05)
t2, m2, p2 = time.time(), time.monotonic(), time.perf_counter()
print(m2 >= m1, p2 >= p1, t2 >= t1)
elapsed = p2 - p1
print(elapsed >= 0.04, elapsed < 5)
print(m2 - m1 >= 0.04)
time.sleep(0)
print("sleep(0) returns", time.sleep(0))
start = time.perf_counter()
total = sum(range(100000))
spent = time.perf_counter() - start
print(total, spent >= 0, spent < 10)
samples = [time.monotonic() for _ in range(5)]
print(all(a <= b for a, b in zip(samples, samples[1:])))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)

# stdlib: datetime.timedelta as the C module has it: normalisation, float rounding, arithmetic, errors, repr/str, pickling
import datetime as D
import pickle
from datetime import timedelta


def e(f):
    try:
        print(repr(f()))
    except Exception as x:
        print(type(x).__name__, x)


print(type(timedelta).__name__, timedelta.__name__, timedelta.__qualname__, timedelta.__module__, repr(timedelta))
e(lambda: timedelta())
e(lambda: timedelta(1, 2, 3, 4, 5, 6, 7))
e(lambda: timedelta(days=1, hours=25, minutes=61, seconds=3661, milliseconds=1500))
e(lambda: timedelta(hours=-1))
e(lambda: timedelta(microseconds=-1))
e(lambda: timedelta(weeks=-1, days=3, microseconds=999999999))
# floats: summed and rounded half to even, as C does
for kw in [dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5), dict(microseconds=-2.5),
           dict(microseconds=3.5), dict(seconds=1, microseconds=0.5), dict(seconds=0.5, microseconds=0.5),
           dict(microseconds=1, milliseconds=0.0005), dict(days=1e-11), dict(weeks=0.1, days=-0.7),
           dict(days=0.1, hours=0.2, minutes=-0.3, seconds=1e-7, weeks=1.0000001), dict(hours=1.5, seconds=-0.25)]:
    print(kw, repr(timedelta(**kw)))
e(lambda: timedelta(True, False))
# errors
e(lambda: timedelta(days=1e9))
e(lambda: timedelta(days=10 ** 9))
e(lambda: timedelta(days=-10 ** 9))
e(lambda: timedelta(days=10 ** 20))
e(lambda: timedelta(days=float("nan")))
e(lambda: timedelta(seconds=float("inf")))
e(lambda: timedelta(days="1"))
e(lambda: timedelta(hours=None))
e(lambda: timedelta(foo=1))
e(lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
e(lambda: timedelta(1, days=2))
# attributes and limits
td = timedelta(days=-3, seconds=-7, microseconds=5)
print(td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
print(timedelta.max.total_seconds(), timedelta(microseconds=1).total_seconds())
e(lambda: timedelta.max + timedelta.resolution)
e(lambda: timedelta.min - timedelta.resolution)
e(lambda: -timedelta.max)
e(lambda: -timedelta.min)
# str forms
for t in [timedelta(0), timedelta(days=1), timedelta(days=-1), timedelta(days=2, seconds=7), timedelta(days=-5, microseconds=3),
          timedelta(hours=10, minutes=3, seconds=4, microseconds=50), timedelta(microseconds=-1)]:
    print(str(t), "|", repr(t))
# arithmetic
a, b = timedelta(hours=7), timedelta(hours=2)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * -1, a / 2, a // 2, a / b, a // b, a % b, divmod(a, b))
print(a * 2.5, 2.5 * a, a / 7.1, a * (1 / 3), timedelta(seconds=5) * (1 / 3), timedelta(1, 1, 1) / 3, timedelta(1, 1, 1) // 3)
print(-timedelta(microseconds=1) // 2, timedelta(microseconds=-5) / 2, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2)
print(divmod(timedelta(seconds=-5), timedelta(seconds=3)), timedelta(seconds=-5) % timedelta(seconds=3))
print(timedelta(days=1) / timedelta(hours=5), timedelta(days=1) // timedelta(hours=-5), timedelta(1) * 0, timedelta(seconds=1) * -1.5)
e(lambda: timedelta(1) * 1e20)
e(lambda: timedelta(1) / 0)
e(lambda: timedelta(1) // 0)
e(lambda: timedelta(1) / 0.0)
e(lambda: timedelta(1) / timedelta(0))
e(lambda: timedelta(1) // timedelta(0))
e(lambda: timedelta(1) % timedelta(0))
e(lambda: timedelta(seconds=5) * float("nan"))
e(lambda: timedelta(seconds=5) / float("inf"))
e(lambda: timedelta(1) * "a")
e(lambda: timedelta(1) * timedelta(1))
e(lambda: timedelta(1) + 1)
e(lambda: 1 - timedelta(1))
e(lambda: timedelta(1) // 2.0)
e(lambda: timedelta(1) % 2)
e(lambda: divmod(timedelta(1), 2))
e(lambda: timedelta(1) @ timedelta(1))
x = timedelta(1)
x += timedelta(hours=1)
x *= 2
print(x)
# comparison, truth, hashing
print(timedelta(0) == timedelta(seconds=0), timedelta(1) != timedelta(days=1), timedelta(1) == 1, timedelta(1) != "x")
print(timedelta(hours=1) < timedelta(minutes=61), timedelta(-1) <= timedelta(0), timedelta(1) > timedelta(0, 86399))
print(sorted([timedelta(1), timedelta(-1), timedelta(0), timedelta(microseconds=1)]))
e(lambda: timedelta(1) < 1)
e(lambda: 1 >= timedelta(1))
print(bool(timedelta()), bool(timedelta(microseconds=1)), bool(-timedelta(1)))
print(hash(timedelta(days=1)) == hash(timedelta(hours=24)), len({timedelta(0), timedelta(seconds=0), timedelta(1)}))
# methods as descriptors and pickling
print(timedelta(1, 2, 3).__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.dumps(timedelta(-1, 5, 7), proto)
    print(proto, pickle.loads(s) == timedelta(-1, 5, 7), type(pickle.loads(s)).__name__)
print(pickle.dumps(timedelta(1, 2, 3), 0))
e(lambda: timedelta(1).total_seconds(1))
e(lambda: timedelta.total_seconds(1))
print(timedelta.__add__(timedelta(1), 5), timedelta.__radd__(timedelta(1), timedelta(2)))

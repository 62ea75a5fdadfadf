# stdlib: datetime.date as the C module has it: argument checks, edge years, ordinals, ISO calendar and formats, strftime, pickling
import datetime as D
import pickle
from datetime import date, timedelta


def e(f):
    try:
        print(repr(f()))
    except Exception as x:
        print(type(x).__name__, x)


print(date.__name__, date.__qualname__, date.__module__, repr(date), D.MINYEAR, D.MAXYEAR)
e(lambda: date(2024, 2, 29))
e(lambda: date(year=2024, month=2, day=29))
e(lambda: date(True, 1, 1))
for args in [(2023, 2, 29), (2024, 13, 1), (2024, 0, 10), (2024, 4, 31), (10000, 1, 1), (0, 1, 1), (-5, 1, 1), (2020, 1, 0)]:
    e(lambda: date(*args))
e(lambda: date(10 ** 10, 1, 1))
e(lambda: date(-10 ** 10, 1, 1))
e(lambda: date(2020, 1))
e(lambda: date(2020))
e(lambda: date(2020.0, 1, 1))
e(lambda: date("2020", 1, 1))
e(lambda: date(2020, 1, 1, 1))
e(lambda: date(2020, 1, x=1))
e(lambda: date(2020, 1, 1, year=1))
e(lambda: date(2020, year=1))
e(lambda: date(year=2020, month=1, day=1, x=1))
e(lambda: date(2020, 1, day=1, x=1))
e(lambda: date(b'\x07\xe8\x02\x1c'))
e(lambda: date(b'\x07\xe8\x0d\x1c'))
# limits and arithmetic
print(date.min, date.max, date.resolution, repr(date.min), repr(date.max))
e(lambda: date.max + timedelta(1))
e(lambda: date.min - timedelta(1))
e(lambda: date(2020, 1, 1) + timedelta(days=10 ** 6))
e(lambda: date(2020, 1, 1) + timedelta(days=-10 ** 6))
e(lambda: date.max - date.min)
e(lambda: date.min - date.max)
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), timedelta(days=366) + d, d - timedelta(days=59), d - date(2023, 2, 28))
print(d + timedelta(hours=47, minutes=59), d - timedelta(seconds=1), d - timedelta(microseconds=1))
e(lambda: d + 1)
e(lambda: d - 1)
e(lambda: d + d)
e(lambda: timedelta(1) - d)
e(lambda: d * 2)
# ordinals, weekdays, ISO calendar
for x in [date(1, 1, 1), date(1, 12, 31), date(2, 1, 1), date(400, 12, 31), date(1900, 3, 1), date(2000, 2, 29), date(2024, 12, 30),
          date(2021, 1, 3), date(2026, 12, 31), date(9999, 12, 31)]:
    print(x, x.toordinal(), x.weekday(), x.isoweekday(), x.isocalendar(), tuple(x.isocalendar()), date.fromordinal(x.toordinal()) == x)
ic = date(2024, 2, 29).isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], ic[-1], len(ic), type(ic).__name__, isinstance(ic, tuple), ic == (2024, 9, 4), ic.__reduce__())
e(lambda: date.fromordinal(0))
e(lambda: date.fromordinal(3652060))
e(lambda: date.fromordinal(1.5))
e(lambda: date.fromordinal())
e(lambda: date.fromordinal(1, 2))
print(date.fromisocalendar(2024, 9, 4), date.fromisocalendar(2020, 53, 7), date.fromisocalendar(1, 1, 1), date.fromisocalendar(9999, 52, 5))
for args in [(2021, 53, 1), (2020, 54, 1), (2020, 0, 1), (2020, 1, 0), (2020, 53, 8), (10000, 1, 1), (0, 1, 1), (9999, 52, 6)]:
    e(lambda: date.fromisocalendar(*args))
e(lambda: date.fromisocalendar(2020, 1))
# ISO strings
for s in ["2024-07-04", "20240704", "2020-W01", "2020-W01-3", "2020W013", "2020W01", "2020-W53-1", "2021-W53-1", "2020-01",
          "2020-1-02", "2020-01-02T10", "0000-01-01", "2020-02-30", "2020-13-01", "2024-07-04 ", "٢٠٢٠-01-02", ""]:
    e(lambda: date.fromisoformat(s))
e(lambda: date.fromisoformat(20200101))
e(lambda: date.fromisoformat())
print(date(5, 6, 7).isoformat(), str(date(5, 6, 7)), date(2024, 1, 2).ctime(), date(1, 1, 1).ctime())
print(date(2024, 1, 2).timetuple())
print(date(2024, 12, 31).timetuple().tm_yday, date(2023, 12, 31).timetuple().tm_yday)
# strftime and format
print(date(2024, 12, 1).strftime("%a %A %d %b %B %Y %y %m %j %U %W %w %H:%M:%S %f %z %Z %% %p"))
print(format(date(2024, 1, 2), "%d.%m."), format(date(2024, 1, 2), ""), f"{date(2024, 1, 2):%Y/%m/%d}", "{:%j}".format(date(2024, 3, 1)))
e(lambda: date(2024, 1, 1).strftime(3))
e(lambda: date(2024, 1, 1).strftime())
e(lambda: date(2024, 1, 1).__format__(3))
e(lambda: date(2024, 1, 1).__format__())
# replace
print(d.replace(year=2023, day=1), d.replace(2025), d.replace(), d.replace(month=3, day=31))
e(lambda: d.replace(month=13))
e(lambda: d.replace(year=2023, month=2, day=29))
e(lambda: d.replace(foo=13))
e(lambda: d.replace(2021, 2, 3, 4))
e(lambda: d.replace(2021, month="3"))
# comparisons and hashing
print(date(2024, 1, 1) < d, date(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != d, d >= d,
      sorted([date(2024, 3, 1), d, date(2023, 12, 31)]))
print(date(2020, 1, 1) == D.datetime(2020, 1, 1), date(2020, 1, 1) != D.datetime(2020, 1, 1), date(2020, 1, 1) == (2020, 1, 1))
e(lambda: date(2020, 1, 1) < D.datetime(2020, 1, 1))
e(lambda: D.datetime(2020, 1, 1) >= date(2020, 1, 1))
e(lambda: date(2020, 1, 1) < 3)
e(lambda: date(2020, 1, 1) < "2020")
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), {date(2024, 1, 1): "new year"}[date(2024, 1, 1)], len({date(2024, 1, 1), date(2024, 1, 1)}))
# today / fromtimestamp: values change, so print what does not
print(type(date.today()).__name__, date.today() >= date(2024, 1, 1), date.fromtimestamp(0) in (date(1969, 12, 31), date(1970, 1, 1), date(1970, 1, 2)))
print(date.fromtimestamp(86400 * 365.5 + 43200) - date.fromtimestamp(43200))
e(lambda: date.fromtimestamp(1e20))
e(lambda: date.fromtimestamp(float("nan")))
e(lambda: date.fromtimestamp("x"))
e(lambda: date.fromtimestamp())
e(lambda: date.today(1))
e(lambda: date.today(x=1))
# methods checked as C checks them
e(lambda: date(2020, 1, 1).weekday(1))
e(lambda: date(2020, 1, 1).toordinal(x=1))
e(lambda: date.weekday(1))
e(lambda: date.isoformat(D.time(1)))
print(date.isoformat(D.datetime(2020, 1, 2, 3)), date.__sub__(date(2020, 1, 2), date(2020, 1, 1)), date.__add__(date(2020, 1, 1), 1))
# pickling: the C module's reduce values
print(date(2024, 2, 28).__reduce__(), date(2024, 2, 28).__reduce_ex__(2))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    x = pickle.loads(pickle.dumps(date(1, 2, 3), proto))
    print(proto, repr(x), type(x).__name__)
print(pickle.dumps(date(2020, 1, 1), 4))
print(pickle.loads(pickle.dumps(date(2020, 1, 1).isocalendar())))
# attributes are read-only
e(lambda: setattr(date(2020, 1, 1), "year", 1))
e(lambda: setattr(date(2020, 1, 1), "x", 1))
e(lambda: setattr(D.datetime(2020, 1, 1), "tzinfo", None))
e(lambda: date.year.__get__(date(2020, 5, 5)))
print([n for n in dir(date) if not n.startswith("_")])
print([n for n in dir(D.datetime) if not n.startswith("_")])

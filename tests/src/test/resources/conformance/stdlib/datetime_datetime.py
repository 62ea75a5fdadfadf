# stdlib: datetime.datetime as the C module has it: construction, fold, combine, timestamps, ISO formats, strptime, aware/naive rules, overflow, pickling
import datetime as D
import pickle
from datetime import date, datetime, time, timedelta, timezone


def e(f):
    try:
        print(repr(f()))
    except Exception as x:
        print(type(x).__name__, x)


utc = timezone.utc
plus1 = timezone(timedelta(hours=1))
minus5 = timezone(timedelta(hours=-5), "EST")
print(datetime.__name__, datetime.__qualname__, repr(datetime), datetime.__mro__, issubclass(datetime, date))
e(lambda: datetime(2024, 12, 31, 23, 59, 30))
e(lambda: datetime(2024, 12, 31, 23, 59, 30, 5))
e(lambda: datetime(2024, 12, 31, 0, 0, 0, 5))
e(lambda: datetime(2024, 1, 2, fold=1))
e(lambda: datetime(1, 2, 3, 4, fold=1, tzinfo=utc))
e(lambda: datetime(2024, 1, 2, tzinfo=minus5))
e(lambda: datetime(year=2024, month=1, day=2, hour=3, minute=4, second=5, microsecond=6, tzinfo=None, fold=0))
for args, kw in [((2020, 1, 1, 24), {}), ((2020, 1, 1, 1, 60), {}), ((2020, 1, 1, 1, 1, 60), {}), ((2020, 1, 1, 1, 1, 1, 10 ** 6), {}),
                 ((2020, 1, 1), dict(fold=2)), ((2020, 1, 1), dict(tzinfo=1)), ((2020, 1, 1, -1), {}), ((2020, 2, 30), {}),
                 ((2020,), {}), ((2020, 1, 1), dict(x=1)), ((2020, 1, 1, 0, 0, 0, 0, None, 0), {}), ((2020, 1, 1, 1.0), {}),
                 ((2020, 1, 1), dict(hour="1")), ((b'\x07\xe8\x02\x1c\x00\x00\x00\x00\x00\x00', 1), {})]:
    e(lambda: datetime(*args, **kw))
dt = datetime(2024, 12, 31, 23, 59, 30, 250)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.date(), dt.time(), dt.timetz(), repr(datetime(2024, 1, 1, 9, tzinfo=plus1).timetz()), datetime(2024, 1, 1, fold=1).time().fold)
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min), repr(datetime.max))
# arithmetic
print(dt + timedelta(seconds=45), timedelta(days=1) + dt, dt - timedelta(days=366), datetime(2025, 3, 1) - dt, dt - dt)
print(datetime(2024, 1, 1, 12, tzinfo=utc) + timedelta(hours=1), datetime(2024, 1, 1, fold=1) + timedelta(0))
e(lambda: datetime.max + timedelta(microseconds=1))
e(lambda: datetime.min - timedelta(microseconds=1))
e(lambda: datetime.max - datetime.min)
e(lambda: datetime.min - datetime.max)
e(lambda: datetime(2020, 1, 1) + timedelta(days=10 ** 8))
e(lambda: datetime(2020, 1, 1) - date(2020, 1, 1))
e(lambda: date(2020, 1, 1) - datetime(2020, 1, 1))
e(lambda: datetime(2020, 1, 1) + datetime(2020, 1, 1))
e(lambda: datetime(2020, 1, 1) - 1)
e(lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=utc))
print(datetime(2024, 6, 1, 12, tzinfo=plus1) - datetime(2024, 6, 1, 12, tzinfo=utc), datetime(2024, 6, 1, 12, tzinfo=plus1) - datetime(2024, 6, 1, 12, tzinfo=plus1))
e(lambda: datetime(1, 1, 1, tzinfo=plus1) - datetime(9999, 1, 1, tzinfo=minus5))
# comparison
a = datetime(2024, 6, 1, 12, tzinfo=utc)
print(a == a.astimezone(minus5), a < a.astimezone(plus1) + timedelta(microseconds=1), datetime(2024, 6, 1, 12) == a, datetime(2024, 6, 1, 12) != a)
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, fold=1), datetime(2020, 1, 1) < datetime(2020, 1, 1, 0, 0, 0, 1))
print(datetime(2020, 1, 1) == date(2020, 1, 1), datetime(2020, 1, 1) != date(2020, 1, 1), datetime(2020, 1, 1) == "x")
e(lambda: datetime(2024, 1, 1) < a)
e(lambda: datetime(2024, 1, 1) < date(2024, 1, 1))
e(lambda: datetime(2024, 1, 1) > 1)
print(hash(a) == hash(a.astimezone(minus5)), hash(datetime(2020, 1, 1)) == hash(datetime(2020, 1, 1, fold=1)), len({a, a.astimezone(plus1)}))
# combine
print(datetime.combine(date(2024, 5, 1), time(12, 0)), datetime.combine(date(2024, 5, 1), time(1, tzinfo=plus1)))
print(repr(datetime.combine(date(2024, 5, 1), time(1, fold=1), tzinfo=minus5)), repr(datetime.combine(dt, time(2), None)))
e(lambda: datetime.combine(1, time(1)))
e(lambda: datetime.combine(date(2020, 1, 1), 3))
e(lambda: datetime.combine(date(2020, 1, 1)))
e(lambda: datetime.combine(date(2020, 1, 1), time(1), 3))
# timestamps in UTC and fixed zones
for ts in [0, 1700000000, -1.5, 1.9999999, 0.0000005, 0.0000015, 1e-7, -1e-7, 253402300799, -62135596800, 86400 * 365]:
    e(lambda: datetime.fromtimestamp(ts, tz=utc))
e(lambda: datetime.fromtimestamp(253402300800, utc))
e(lambda: datetime.fromtimestamp(253402300799, plus1))
e(lambda: datetime.fromtimestamp(-62135596801, utc))
e(lambda: datetime.fromtimestamp(1e20, utc))
e(lambda: datetime.fromtimestamp(float("nan")))
e(lambda: datetime.fromtimestamp("x"))
e(lambda: datetime.fromtimestamp())
e(lambda: datetime.fromtimestamp(0, 1))
e(lambda: datetime.utcfromtimestamp(86400 * 365))
e(lambda: datetime.utcfromtimestamp(-62135596801))
e(lambda: datetime.utcfromtimestamp())
e(lambda: datetime.fromtimestamp(1700000000, minus5))
print(datetime(2024, 1, 1, tzinfo=utc).timestamp(), datetime(2024, 1, 1, tzinfo=minus5).timestamp(), datetime(1, 1, 1, tzinfo=utc).timestamp())
# local time: round trips hold in every zone
for ts in [0, 1700000000, 1e9 + 0.25]:
    print(datetime.fromtimestamp(ts).timestamp() == ts, datetime.fromtimestamp(ts).astimezone(utc) == datetime.fromtimestamp(ts, utc))
n = datetime.now()
print(type(n).__name__, n.tzinfo, datetime.now(utc).tzinfo, type(datetime.utcnow()).__name__, datetime.now(tz=minus5).utcoffset())
print(abs(datetime.now(utc) - datetime.fromtimestamp(__import__("time").time(), utc)) < timedelta(seconds=5))
e(lambda: datetime.now(1))
e(lambda: datetime.now(tz=utc, x=1))
e(lambda: datetime.utcnow(1))
e(lambda: datetime(1, 1, 1).timestamp())
aware_local = datetime(2024, 3, 9, 12).astimezone()
print(type(aware_local.tzinfo).__name__, aware_local.replace(tzinfo=None) == datetime(2024, 3, 9, 12))
# astimezone
print(a.astimezone(plus1), a.astimezone(minus5), a.astimezone(minus5).tzname(), a.astimezone(utc) is a, a.astimezone(minus5).astimezone(utc) == a)
e(lambda: datetime.max.replace(tzinfo=minus5).astimezone(utc))
e(lambda: datetime.min.replace(tzinfo=plus1).astimezone(utc))
e(lambda: a.astimezone(3))
e(lambda: a.astimezone(x=1))
# ISO formats
print(str(dt), dt.isoformat(), dt.isoformat(" "), dt.isoformat(sep="_", timespec="seconds"), dt.isoformat("\u00e9"))
print([dt.isoformat(timespec=t) for t in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds")])
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15, microseconds=7))).isoformat())
e(lambda: dt.isoformat(timespec="x"))
e(lambda: dt.isoformat(1))
e(lambda: dt.isoformat("ab"))
e(lambda: dt.isoformat(" ", 3))
for s in ["2020-01-02", "20200102", "2020-W01-3", "2020W013T10", "2020-01-02T10", "2020-01-02T1030", "2020-01-02T10:30:45",
          "2020-01-02T103045", "2020-01-02T10:30:45.1", "2020-01-02T10:30:45,5", "2020-01-02T10:30:45.1234567", "2020-01-02 10:30",
          "2020-01-02x10:30", "2020-01-02T10:30Z", "20200102T103045Z", "2020-01-02T10:30+05", "2020-01-02T10:30+0530",
          "2020-01-02T10:30-05:30:15", "2020-01-02T10:30+05:30:15.123456", "2020-01-02T10:30+23:59", "2020-01-02T10:30 +05:00",
          "2020-01-02T10:30-00:00", "2020-01-02T10:30:45+00:00:00.5", "2020-01-02T", "2020-01-02T1", "2020-01-02T10:3",
          "2020-01-02T10:30:45.", "2020-01-02T10:30z", "2020-01-02T10:30+24:00", "2020-01-02T24:00", "2020-01-02T10:30:60",
          "2020-01-02T10:30:45Z+01", "2020-01-02T10:30:45+01:00Z", "2020-01-02T10:30:45+", "2020-01-02T10:30:45-1",
          "2020-02-30T00:00", "2020-01", "", "2020-01-02\u200010:30"]:
    e(lambda: datetime.fromisoformat(s))
e(lambda: datetime.fromisoformat(5))
print(datetime.fromisoformat(dt.isoformat()) == dt, datetime.fromisoformat(a.astimezone(minus5).isoformat()) == a)
# strftime, strptime
x = datetime(2024, 3, 9, 7, 5, 3, 120000)
print(x.strftime("%Y-%m-%d %H:%M:%S.%f"), x.strftime("%d/%m/%y %I:%M %p"), x.strftime("%A %a %B %b %j %U %w"), x.strftime("%c | %x | %X"))
print(x.strftime("%z|%Z|%f|%%|%"), x.replace(tzinfo=minus5).strftime("%z %Z"), x.replace(tzinfo=timezone(timedelta(hours=1), "a%b")).strftime("%Z"))
print(x.replace(tzinfo=timezone(timedelta(minutes=-90, seconds=-5))).strftime("%z"), x.ctime(), datetime(2024, 3, 19).ctime())
print(repr(datetime.strptime("2023-11-05 14:30", "%Y-%m-%d %H:%M")), datetime.strptime("5 March 2021", "%d %B %Y"))
print(repr(datetime.strptime("2024-01-01T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z")), datetime.strptime("07:15 PM", "%I:%M %p").time())
e(lambda: datetime.strptime("2024-02-30", "%Y-%m-%d"))
e(lambda: datetime.strptime("x"))
e(lambda: datetime.strptime(1, "%Y"))
e(lambda: datetime.strptime("2020", 2))
e(lambda: dt.strftime(3))
# timetuple and utctimetuple
print(dt.timetuple(), tuple(a.timetuple()), a.timetuple().tm_isdst, datetime(2024, 1, 1, 9, tzinfo=timezone(timedelta(hours=5, minutes=30))).utctimetuple())
e(lambda: datetime(1, 1, 1, tzinfo=plus1).utctimetuple())
e(lambda: datetime(9999, 12, 31, 23, tzinfo=minus5).utctimetuple())
# replace
print(repr(dt.replace(month=6, day=15, second=0)), repr(dt.replace(tzinfo=utc)), repr(a.replace(tzinfo=None)), repr(dt.replace(fold=1)))
e(lambda: dt.replace(month=2, day=30))
e(lambda: dt.replace(tzinfo=1))
e(lambda: dt.replace(fold=2))
e(lambda: dt.replace(1, 2, 3, 4, 5, 6, 7, None, 0))
# pickling: the C module's reduce values, fold kept from protocol 4
f = datetime(2024, 2, 28, 1, 2, 3, 4, fold=1)
print(f.__reduce_ex__(4), f.__reduce_ex__(2), f.__reduce__(), a.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    y = pickle.loads(pickle.dumps(f, proto))
    z = pickle.loads(pickle.dumps(a.astimezone(minus5), proto))
    print(proto, repr(y), y.fold, repr(z))
print(pickle.dumps(datetime(2020, 1, 1, tzinfo=utc), 4))
e(lambda: f.__reduce_ex__())
e(lambda: f.__reduce_ex__("x"))

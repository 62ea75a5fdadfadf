# stdlib: datetime.time, timezone and tzinfo subclasses written in Python (DST rules, fold, fromutc), with the C module's checks
import datetime as D
import pickle
from datetime import datetime, time, timedelta, timezone, tzinfo


def e(f):
    try:
        print(repr(f()))
    except Exception as x:
        print(type(x).__name__, x)


utc = timezone.utc
# time
print(time.__name__, repr(time), time.min, time.max, time.resolution, repr(time()), repr(time(1, 2, 3, 4)), repr(time(0, 0, 1)))
e(lambda: time(9, 30, 15, 250, tzinfo=utc))
e(lambda: time(1, 2, 3, 4, fold=1))
for args, kw in [((24,), {}), ((1, 60), {}), ((1, 1, 60), {}), ((1, 1, 1, 10 ** 6), {}), ((), dict(fold=2)), ((1,), dict(tzinfo=1)),
                 ((1, 1, 1, 1, 1), {}), ((1, 2, 3, 4, None, 0), {}), ((), dict(x=1)), ((-1,), {}), ((1.5,), {}),
                 ((b'\x81\x02\x03\x00\x00\x04',), {}), ((b'\x18\x02\x03\x00\x00\x04',), {})]:
    e(lambda: time(*args, **kw))
t = time(9, 30, 15, 250)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, str(t), str(time(1, 2, 3, 4, fold=1)), bool(time(0)))
print([t.isoformat(timespec=s) for s in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds")], t.isoformat("milliseconds"))
print(time(1, tzinfo=timezone(timedelta(hours=1, seconds=1, microseconds=5))).isoformat(), time(7, 5).isoformat(), str(time(23, tzinfo=utc)))
e(lambda: t.isoformat(timespec="x"))
e(lambda: t.isoformat(1))
print(t.replace(hour=17), repr(t.replace(tzinfo=utc)), repr(t.replace(fold=1)), t.replace())
e(lambda: t.replace(hour=24))
e(lambda: t.replace(1, 2, 3, 4, None, 1))
print(t.strftime("%H.%M.%S.%f %p %Y-%m-%d %j %a"), time(18, 45).strftime("%I %p %z %Z"), time(1, tzinfo=utc).strftime("%z %Z"), f"{t:%H%M}", format(t, ""))
for s in ["10:30", "1030", "10", "10:30:45", "103045", "10:30:45.5", "10:30:45,123", "10:30Z", "10:30+01", "T10:30", "10:30:45.1234567",
          "24:00", "10:30:45+01:00:00", "10:3", "10:30:", "1:30", "10:30:45.123456+05:30:15.5", "", "T"]:
    e(lambda: time.fromisoformat(s))
e(lambda: time.fromisoformat(1))
print(time(1) < time(2), time(1) == time(1, fold=1), time(1, tzinfo=utc) == time(2, tzinfo=timezone(timedelta(hours=1))),
      time(23, tzinfo=timezone(timedelta(hours=-5))) < time(1, tzinfo=utc), time(1) == time(1, tzinfo=utc), time(1) != 1)
e(lambda: time(1) < time(1, tzinfo=utc))
e(lambda: time(1) < 1)
e(lambda: time(1) + timedelta(1))
e(lambda: time(1) - time(0))
print(hash(time(1, tzinfo=utc)) == hash(time(2, tzinfo=timezone(timedelta(hours=1)))), hash(time(1)) == hash(time(1, fold=1)))
print(time(1, tzinfo=utc).utcoffset(), time(1, tzinfo=utc).tzname(), time(1, tzinfo=utc).dst(), time(1).utcoffset(), time(1).tzname())
print(time(1, 2, 3, 4, fold=1).__reduce_ex__(4), time(1, 2, 3, 4, tzinfo=utc).__reduce__(), time(1, fold=1).__reduce_ex__(3))
for proto in (0, 2, 4, 5):
    print(proto, repr(pickle.loads(pickle.dumps(time(1, 2, 3, 4, fold=1), proto))))
# timezone
print(repr(utc), str(utc), utc is D.UTC, timezone(timedelta(0)) is utc, repr(timezone(timedelta(0), "Z")), timezone.min, timezone.max)
for off in [timedelta(hours=5, minutes=30), timedelta(hours=-5), timedelta(microseconds=1), timedelta(seconds=1), timedelta(seconds=-1, microseconds=5),
            -timedelta(hours=3, minutes=30), timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)]:
    z = timezone(off)
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None), z.dst(None))
print(repr(timezone(timedelta(hours=5, minutes=30), "IST")), str(timezone(timedelta(hours=5, minutes=30), "IST")))
e(lambda: timezone(timedelta(hours=24)))
e(lambda: timezone(-timedelta(hours=24)))
e(lambda: timezone(timedelta(days=-1, microseconds=1)))
e(lambda: timezone(1))
e(lambda: timezone(timedelta(hours=1), 3))
e(lambda: timezone())
e(lambda: timezone(timedelta(0), "a", 3))
e(lambda: timezone(offset=timedelta(0), x=1))
e(lambda: utc.utcoffset(1))
e(lambda: utc.tzname(1))
e(lambda: utc.dst(D.date(2020, 1, 1)))
e(lambda: utc.utcoffset())
e(lambda: utc.fromutc(1))
e(lambda: utc.fromutc(datetime(2020, 1, 1)))
e(lambda: utc.fromutc())
print(utc.fromutc(datetime(2020, 1, 1, tzinfo=utc)), timezone(timedelta(hours=2)).tzname(datetime(2020, 1, 1)))
print(timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B"), utc == 1, utc != timezone(timedelta(hours=1)),
      hash(timezone(timedelta(hours=1), "A")) == hash(timezone(timedelta(hours=1))), len({utc, timezone(timedelta(0), "UTC")}))
e(lambda: utc < utc)
print(utc.__reduce__(), timezone(timedelta(hours=1), "X").__reduce__(), timezone(timedelta(hours=1), "X").__getinitargs__())
for proto in (0, 2, 5):
    print(proto, repr(pickle.loads(pickle.dumps(timezone(timedelta(minutes=-90), "Z"), proto))), pickle.loads(pickle.dumps(utc, proto)) is utc)
print(isinstance(utc, tzinfo), type(utc).__mro__)
# the tzinfo base
e(lambda: tzinfo().utcoffset(None))
e(lambda: tzinfo().tzname(None))
e(lambda: tzinfo().dst(None))
e(lambda: tzinfo().fromutc(datetime(2020, 1, 1)))
e(lambda: tzinfo().fromutc(1))
e(lambda: tzinfo().utcoffset())
print(tzinfo().__reduce__())


# a zone written in Python, with US-style daylight saving (the docs' example)
def first_sunday_on_or_after(dt):
    return dt + timedelta(days=(6 - dt.weekday()) % 7)


class Eastern(tzinfo):
    def __init__(self):
        self.stdoffset = timedelta(hours=-5)

    def __repr__(self):
        return "Eastern()"

    def utcoffset(self, dt):
        return self.stdoffset + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start = first_sunday_on_or_after(datetime(dt.year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(dt.year, 11, 1, 2))
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def fromutc(self, dt):
        assert dt.tzinfo is self
        start = first_sunday_on_or_after(datetime(dt.year, 3, 8, 2)) - self.stdoffset
        end = first_sunday_on_or_after(datetime(dt.year, 11, 1, 2)) - self.stdoffset - timedelta(hours=1)
        naive = dt.replace(tzinfo=None)
        if start <= naive < end:
            return dt + self.stdoffset + timedelta(hours=1)
        if end <= naive < end + timedelta(hours=1):
            return (dt + self.stdoffset).replace(fold=1)
        return dt + self.stdoffset


eastern = Eastern()
for h in range(4, 8):
    u = datetime(2024, 11, 3, h, tzinfo=utc)
    loc = u.astimezone(eastern)
    print(u.time(), "UTC =", loc.time(), loc.tzname(), loc.fold, loc.utcoffset(), loc.strftime("%z %Z"), loc.astimezone(utc) == u)
for h in range(5, 9):
    u = datetime(2024, 3, 10, h, tzinfo=utc)
    loc = u.astimezone(eastern)
    print(u.time(), "UTC =", loc.time(), loc.tzname(), loc.isoformat())
x0 = datetime(2024, 11, 3, 1, 30, tzinfo=eastern)
x1 = x0.replace(fold=1)
print(x0.utcoffset(), x1.utcoffset(), x0 == x1, x1 - x0, x0.astimezone(utc), x1.astimezone(utc), x0.timestamp(), x1.timestamp())
print(x0 == x1.astimezone(utc), x1 == x1.astimezone(utc), x1.astimezone(utc) == x1, hash(x0) == hash(x1))
print(datetime(2024, 7, 1, 12, tzinfo=eastern).utctimetuple()[:6], datetime(2024, 7, 1, 12, tzinfo=eastern).timetuple().tm_isdst,
      datetime(2024, 1, 1, 12, tzinfo=eastern).timetuple().tm_isdst)
print(repr(datetime.fromtimestamp(1700000000, eastern)), datetime(2024, 7, 1, tzinfo=eastern) - datetime(2024, 1, 1, tzinfo=eastern))


class Fixed(tzinfo):
    def __init__(self, minutes=0, name=None, dst=None):
        self.offset = timedelta(minutes=minutes)
        self.name = name
        self.d = dst

    def __repr__(self):
        return f"Fixed({self.offset.total_seconds() / 60:g})"

    def __getinitargs__(self):
        return (self.offset.total_seconds() / 60, self.name, self.d)

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.d


f = Fixed(90, "F", timedelta(0))
print(datetime(2020, 1, 1, tzinfo=f), time(1, tzinfo=f).isoformat(), datetime(2020, 1, 1, tzinfo=f).tzname(), f.fromutc(datetime(2020, 1, 1, tzinfo=f)))
print(f.__reduce__()[0].__name__, f.__reduce__()[1], sorted(f.__reduce__()[2]), pickle.loads(pickle.dumps(f)).offset, repr(pickle.loads(pickle.dumps(f))))
e(lambda: datetime(2020, 1, 1, tzinfo=Fixed(0, 5)).tzname())
e(lambda: datetime(2020, 1, 1, tzinfo=Fixed(24 * 60)).utcoffset())
e(lambda: datetime(2020, 1, 1, tzinfo=Fixed(-24 * 60)).isoformat())
e(lambda: datetime(2020, 1, 1, tzinfo=Fixed(0, None, 5)).dst())
e(lambda: datetime(2020, 1, 1, tzinfo=Fixed(0, None, None)).astimezone(Fixed(60)))
e(lambda: datetime(2020, 1, 1, tzinfo=utc).astimezone(Fixed(60, None, None)))
e(lambda: datetime(2020, 1, 1, tzinfo=utc).astimezone(Fixed(60, None, timedelta(0))))
e(lambda: datetime(2020, 1, 1, tzinfo=utc).astimezone(Fixed(60, None, timedelta(minutes=30))))
e(lambda: datetime(2020, 1, 1, tzinfo=Fixed(60)) == datetime(2020, 1, 1, tzinfo=utc))
e(lambda: datetime(2020, 1, 1, tzinfo=Fixed(60)) - datetime(2020, 1, 1, tzinfo=Fixed(-60)))


class Broken(tzinfo):
    def utcoffset(self, dt):
        return 1


e(lambda: datetime(2020, 1, 1, tzinfo=Broken()).utcoffset())
e(lambda: time(1, tzinfo=Broken()).isoformat())
e(lambda: datetime(2020, 1, 1, tzinfo=Broken()).strftime("%z"))
e(lambda: datetime(2020, 1, 1, tzinfo=Broken()).dst())

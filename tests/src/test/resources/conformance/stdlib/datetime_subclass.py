# stdlib: Python subclasses of datetime's C types: which operations make the subclass (and call its __new__), overrides, messages
import copy
import datetime as D
import pickle
from datetime import date, datetime, time, timedelta, timezone


def e(f):
    try:
        print(repr(f()))
    except Exception as x:
        print(type(x).__name__, x)


class MD(date):
    def __new__(cls, *a, **k):
        print("  MD.__new__", a, k)
        return super().__new__(cls, *a, **k)


class MDT(datetime):
    def __new__(cls, *a, **k):
        print("  MDT.__new__", a, k)
        return super().__new__(cls, *a, **k)


d = MD(2020, 1, 1)
for label, f in [("d + 1 day", lambda: d + timedelta(1)), ("d - 1 day", lambda: d - timedelta(1)), ("1 day + d", lambda: timedelta(1) + d),
                 ("replace", lambda: d.replace(day=3)), ("fromordinal", lambda: MD.fromordinal(5)),
                 ("fromisoformat", lambda: MD.fromisoformat("2020-01-01")), ("fromisocalendar", lambda: MD.fromisocalendar(2020, 1, 1)),
                 ("d - date", lambda: d - date(2019, 1, 1)), ("copy", lambda: copy.copy(d)), ("pickle", lambda: pickle.loads(pickle.dumps(d)))]:
    print(label)
    r = f()
    print(" ", type(r).__name__, r)
print("today", type(MD.today()).__name__)
x = MDT(2020, 1, 1, fold=1)
for label, f in [("x + 1 day", lambda: x + timedelta(1)), ("replace", lambda: x.replace(day=3)),
                 ("astimezone", lambda: x.replace(tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=2)))),
                 ("fromtimestamp", lambda: MDT.fromtimestamp(0, timezone.utc)), ("utcfromtimestamp", lambda: MDT.utcfromtimestamp(0)),
                 ("combine", lambda: MDT.combine(date(2020, 1, 1), time(1, fold=1))), ("fromisoformat", lambda: MDT.fromisoformat("2020-01-01T05")),
                 ("strptime", lambda: MDT.strptime("2020", "%Y")), ("date", lambda: x.date()), ("time", lambda: x.time()),
                 ("utc.fromutc", lambda: timezone.utc.fromutc(MDT(2020, 1, 1, tzinfo=timezone.utc)))]:
    print(label)
    r = f()
    print(" ", type(r).__name__, repr(r), getattr(r, "fold", None))
print(repr(x), str(x), x.fold, isinstance(x, date), MDT.__mro__[1:])


class TD(timedelta):
    def __repr__(self):
        return "TD:" + str(self)


t = TD(hours=1)
print(repr(t), type(t + t).__name__, type(-t).__name__, type(abs(t)).__name__, type(t * 2).__name__, type(+t).__name__, t == timedelta(hours=1))
print(repr(timedelta.__repr__(t)), TD.max, type(TD.max).__name__)


class Stamp(datetime):
    """A datetime with extra state and its own operators."""

    def __new__(cls, *args, note="", **kw):
        self = super().__new__(cls, *args, **kw)
        self.note = note
        return self

    def __str__(self):
        return f"Stamp<{self.isoformat(timespec='minutes')} {self.note}>"

    def __add__(self, other):
        if isinstance(other, int):
            return self + timedelta(days=other)
        return super().__add__(other)

    def __sub__(self, other):
        r = super().__sub__(other)
        return r

    def __eq__(self, other):
        return isinstance(other, datetime) and datetime.__eq__(self, other)

    __hash__ = datetime.__hash__

    def __lt__(self, other):
        return super().__lt__(other)

    def isoformat(self, sep="T", timespec="auto"):
        return super().isoformat(sep, timespec) + "!"


s = Stamp(2024, 5, 6, 7, 8, note="hello")
print(s, repr(s), s.note, s + 2, s - timedelta(hours=1), s - datetime(2024, 5, 6), s == datetime(2024, 5, 6, 7, 8), s < datetime(2025, 1, 1))
print(f"{s}", f"{s:%Y}", s.isoformat(), datetime.isoformat(s), datetime.__str__(s), s.__dict__, {s: 1}[datetime(2024, 5, 6, 7, 8)])
e(lambda: s + "x")
e(lambda: s - 1)
e(lambda: s < 1)


class Weekday(date):
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    @property
    def name(self):
        return self.names[self.weekday()]

    def isoformat(self):
        return "W:" + super().isoformat()


w = Weekday(2024, 2, 29)
print(w.name, str(w), w.isoformat(), repr(w), format(w, ""), (w + timedelta(1)).name, w.__reduce__()[0].__name__)
print(pickle.loads(pickle.dumps(w)).name, copy.deepcopy(w) == w, sorted([Weekday(2024, 1, 2), date(2024, 1, 1)]))


class MyTime(time):
    def __repr__(self):
        return f"MyTime({self.hour})"


mt = MyTime(5, 6)
print(repr(mt), str(mt), repr(mt.replace(hour=7)), repr(time.fromisoformat("01:02")), repr(MyTime.fromisoformat("03:04")))
print(mt.__reduce__()[0].__name__, repr(pickle.loads(pickle.dumps(mt))))
# type names in messages: the C names for the builtin types, the class name for a subclass
e(lambda: MD(2020, 1, 1) < 1)
e(lambda: MDT(2020, 1, 1) < MD(2020, 1, 1))
e(lambda: MD(2020, 1, 1) * 2)
e(lambda: MDT(2020, 1, 1) - MD(2020, 1, 1))
e(lambda: date.__new__(int))
e(lambda: date.__new__(MD, 2020, 1, 1))
e(lambda: MD.weekday(1))
e(lambda: datetime.date(MD(2020, 1, 1)))
# date against datetime: a datetime's comparison speaks first when its class derives from the other's
print(MD(2020, 1, 1) < datetime(2020, 1, 2), MD(2020, 1, 1) == datetime(2020, 1, 1), date.__eq__(date(2020, 1, 1), datetime(2020, 1, 1)))
print(date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == MDT(2020, 1, 1))
for op in ("<", ">", "<=", ">="):
    for left, right in [(date(2020, 1, 1), datetime(2020, 1, 1)), (MD(2020, 1, 1), datetime(2020, 1, 2))]:
        e(lambda: eval(f"left {op} right"))
e(lambda: date(2020, 1, 1) < MDT(2020, 1, 1))
e(lambda: date(2020, 1, 1) - MDT(2020, 1, 1))
print(datetime.__rsub__(datetime(2020, 1, 1), datetime(2020, 1, 3)), date.__rsub__(date(2020, 1, 1), date(2020, 1, 5)), date.__radd__(date(2020, 1, 1), timedelta(3)))
print(datetime.__eq__(datetime(2020, 1, 1), 1), date.__lt__(date(2020, 1, 1), datetime(2020, 1, 1)), hash(datetime(2020, 5, 5, tzinfo=timezone.utc)) == hash(datetime(2020, 5, 5, 1, tzinfo=timezone(timedelta(hours=1)))))

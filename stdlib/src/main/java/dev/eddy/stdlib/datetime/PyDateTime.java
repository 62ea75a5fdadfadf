package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.util.Arrays;

/** datetime.datetime: a date and a time of day, naive or aware (with a tzinfo), with PEP 495's fold. */
final class PyDateTime extends PyDate {
    static final PyType TYPE = DtArgs.type("datetime", PyDate.TYPE, PyDateTime::construct);

    final int hour;
    final int minute;
    final int second;
    final int us;
    /** null for None. */
    final PyObject tzinfo;
    final int fold;

    PyDateTime(int year, int month, int day, int hour, int minute, int second, int us, PyObject tzinfo, int fold) {
        super(year, month, day);
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.us = us;
        this.tzinfo = tzinfo;
        this.fold = fold;
    }

    @Override
    protected PyType javaType() {
        return TYPE;
    }

    /** The last argument of an internal constructor call is fold, by keyword. */
    private static final String[] FOLD_KEYWORD = {"fold"};
    private static final String[] PARAMS = {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"};

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        if ((a.length == 1 || a.length == 2) && (kw == null || kw.length == 0)) {
            byte[] s = PickleState.bytes(a[0], 10);
            if (s != null && (s[2] & 0x7f) >= 1 && (s[2] & 0x7f) <= 12) {
                PyObject tz = null;
                if (a.length == 2) {
                    if (a[1] != PyNone.NONE && !a[1].type().isSubtypeOf(PyTzInfo.TYPE)) {
                        throw Errors.typeError("bad tzinfo state arg");
                    }
                    tz = a[1] == PyNone.NONE ? null : a[1];
                }
                int fold = (s[2] & 0x80) != 0 ? 1 : 0;
                return adopt(new PyDateTime((s[0] & 0xff) * 256 + (s[1] & 0xff), s[2] & 0x7f, s[3] & 0xff, s[4] & 0xff, s[5] & 0xff,
                        s[6] & 0xff, ((s[7] & 0xff) << 16) | ((s[8] & 0xff) << 8) | (s[9] & 0xff), tz, fold), cls);
            }
        }
        PyObject[] p = DtArgs.bind(null, a, kw, PARAMS, 3, DtArgs.ints(7));
        int y = DtArgs.toInt(p[0]);
        int m = DtArgs.toInt(p[1]);
        int d = DtArgs.toInt(p[2]);
        int hh = DtArgs.intOr(p[3], 0);
        int mm = DtArgs.intOr(p[4], 0);
        int ss = DtArgs.intOr(p[5], 0);
        int us = DtArgs.intOr(p[6], 0);
        int fold = DtArgs.intOr(p[8], 0);
        DtArgs.checkDateFields(y, m, d);
        DtArgs.checkTimeFields(hh, mm, ss, us, fold);
        PyObject tz = DtArgs.tzinfoArg(p[7]);
        return adopt(new PyDateTime(y, m, d, hh, mm, ss, us, tz, fold), cls);
    }

    /** A datetime of class {@code cls}: made directly for datetime itself, by calling a subclass (as C does). */
    static PyObject make(PyType cls, int y, int m, int d, int hh, int mm, int ss, int us, PyObject tz, int fold) {
        if (cls == TYPE) {
            DtArgs.checkDateFields(y, m, d);
            DtArgs.checkTimeFields(hh, mm, ss, us, fold);
            return new PyDateTime(y, m, d, hh, mm, ss, us, tz, fold);
        }
        PyObject[] args = {PyInt.of(y), PyInt.of(m), PyInt.of(d), PyInt.of(hh), PyInt.of(mm), PyInt.of(ss), PyInt.of(us), DtArgs.orNone(tz)};
        if (fold != 0) {
            return cls.call(Arrays.copyOf(new PyObject[] {args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7], PyInt.of(fold)}, 9),
                    new String[] {"fold"});
        }
        return cls.call(args);
    }

    /** Microseconds since 0001-01-01T00:00 of the naive fields. */
    long naiveMicros() {
        return ((ordinal() - 1) * 86400L + hour * 3600L + minute * 60L + second) * 1_000_000L + us;
    }

    /** A datetime of class {@code cls} from naive microseconds, or OverflowError "date value out of range". */
    static PyObject fromMicros(PyType cls, long micros, PyObject tz, int fold) {
        long days = Math.floorDiv(micros, PyTimedelta.US_PER_DAY);
        long rest = Math.floorMod(micros, PyTimedelta.US_PER_DAY);
        long ord = days + 1;
        if (ord < 1 || ord > ProlepticCalendar.MAX_ORDINAL) {
            throw Errors.overflow("date value out of range");
        }
        int[] ymd = ProlepticCalendar.fromOrdinal(ord);
        long secs = rest / 1_000_000;
        return make(cls, ymd[0], ymd[1], ymd[2], (int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60), (int) (rest % 1_000_000), tz, fold);
    }

    /** self + delta, keeping tzinfo; OverflowError out of range. */
    PyObject plus(PyTimedelta delta) {
        long d = delta.micros();
        if (Math.abs(delta.days) > 3_700_000) {
            throw Errors.overflow("date value out of range");
        }
        return fromMicros(type(), naiveMicros() + d, tzinfo, 0);
    }

    PyTimedelta utcoffset() {
        return PyTzInfo.offset(tzinfo, "utcoffset", this);
    }

    PyTimedelta dst() {
        return PyTzInfo.offset(tzinfo, "dst", this);
    }

    @Override
    PyObject arith(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD && other instanceof PyTimedelta td) {
            return plus(td);
        }
        if (op == BinaryOp.SUB) {
            if (other instanceof PyTimedelta td) {
                return plus(td.negate());
            }
            if (other instanceof PyDateTime o) {
                PyTimedelta off1 = null;
                PyTimedelta off2 = null;
                if (tzinfo != o.tzinfo) {
                    off1 = utcoffset();
                    off2 = o.utcoffset();
                    if ((off1 == null) != (off2 == null)) {
                        throw Errors.typeError("can't subtract offset-naive and offset-aware datetimes");
                    }
                }
                long diff = naiveMicros() - o.naiveMicros();
                PyTimedelta r = PyTimedelta.of(0, 0, diff);
                if (off1 != null && off1.cmp(off2) != 0) {
                    r = r.minus(off1.minus(off2));
                }
                return r;
            }
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    PyObject reflectedArith(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD && other instanceof PyTimedelta td) {
            return plus(td);
        }
        if (op == BinaryOp.SUB && other instanceof PyDateTime o) {
            return o.arith(op, this);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    PyObject slotCompare(PyObject other, CompareOp op) {
        return compare(other, op);
    }

    private int cmpFields(PyDateTime o) {
        int c = cmpDate(o);
        if (c == 0) {
            c = Long.compare(((hour * 60L + minute) * 60 + second) * 1_000_000L + us, ((o.hour * 60L + o.minute) * 60 + o.second) * 1_000_000L + o.us);
        }
        return c;
    }

    @Override
    PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyDateTime o)) {
            if (other instanceof PyDate) {
                if (op == CompareOp.EQ) {
                    return PyBool.FALSE;
                }
                if (op == CompareOp.NE) {
                    return PyBool.TRUE;
                }
                throw Errors.typeError("can't compare " + type().name + " to " + other.type().name);
            }
            return PyNotImplemented.INSTANCE;
        }
        if (tzinfo == o.tzinfo) {
            return PyBool.of(op.test(cmpFields(o)));
        }
        PyTimedelta off1 = utcoffset();
        PyTimedelta off2 = o.utcoffset();
        if (off1 == off2 || off1 != null && off2 != null && off1.cmp(off2) == 0) {
            return PyBool.of(op.test(cmpFields(o)));
        }
        if (off1 != null && off2 != null) {
            PyTimedelta delta = (PyTimedelta) arith(BinaryOp.SUB, o);
            int diff = delta.days != 0 ? Integer.signum(delta.days) : (delta.seconds | delta.us) != 0 ? 1 : 0;
            if ((op == CompareOp.EQ || op == CompareOp.NE) && diff == 0 && (foldMatters(this, off1) || foldMatters(o, off2))) {
                diff = 1;
            }
            return PyBool.of(op.test(diff));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        throw Errors.typeError("can't compare offset-naive and offset-aware datetimes");
    }

    /** PEP 495: a time whose offset changes with its fold is never equal to a time in another zone. */
    private static boolean foldMatters(PyDateTime dt, PyTimedelta off) {
        PyDateTime flipped = new PyDateTime(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.us, dt.tzinfo, 1 - dt.fold);
        PyTimedelta f = flipped.utcoffset();
        return f != off && (f == null || f.cmp(off) != 0);
    }

    @Override
    long hashValue() {
        PyDateTime self0 = fold == 0 ? this : new PyDateTime(year, month, day, hour, minute, second, us, tzinfo, 0);
        PyTimedelta off = self0.utcoffset();
        long m = naiveMicros();
        if (off != null) {
            m -= off.micros();
        }
        long h = m * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        if (off != null) {
            h ^= 0x5bd1e995L;   // aware and naive hash apart, as C's (bytes against offset-adjusted) do
        }
        return h == -1 ? -2 : h;
    }

    @Override
    String reprValue() {
        StringBuilder sb = new StringBuilder(typeName()).append('(').append(year).append(", ").append(month).append(", ").append(day)
                .append(", ").append(hour).append(", ").append(minute);
        if (second != 0 || us != 0) {
            sb.append(", ").append(second);
        }
        if (us != 0) {
            sb.append(", ").append(us);
        }
        if (fold != 0) {
            sb.append(", fold=1");
        }
        if (tzinfo != null) {
            sb.append(", tzinfo=").append(tzinfo.repr().value);
        }
        return sb.append(')').toString();
    }

    String isoformat(String sep, String timespec) {
        String off = "";
        PyTimedelta o = utcoffset();
        if (o != null) {
            off = PyTzInfo.formatOffset(o, ":");
        }
        return isoDate() + sep + PyTime.isoTime(hour, minute, second, us, timespec) + off;
    }

    @Override
    PyStr strValue() {
        if (type() != TYPE) {
            PyObject r = callMethod("isoformat", new PyStr(" "));
            return r instanceof PyStr s ? s : r.str();
        }
        return new PyStr(isoformat(" ", "auto"));
    }

    PyObject timetuple() {
        int dst = -1;
        if (tzinfo != null) {
            PyTimedelta d = dst();
            if (d != null) {
                dst = d.isZero() ? 0 : 1;
            }
        }
        int yday = ProlepticCalendar.daysBeforeMonth(year, month) + day;
        return DtArgs.structTime(year, month, day, hour, minute, second, weekday(), yday, dst);
    }

    PyObject utctimetuple() {
        PyDateTime u = this;
        PyTimedelta off = utcoffset();
        if (off != null) {
            u = (PyDateTime) fromMicros(TYPE, naiveMicros() - off.micros(), null, 0);
        }
        int yday = ProlepticCalendar.daysBeforeMonth(u.year, u.month) + u.day;
        return DtArgs.structTime(u.year, u.month, u.day, u.hour, u.minute, u.second, u.weekday(), yday, 0);
    }

    /** POSIX timestamp: aware from its offset, naive as local time. */
    double timestamp() {
        if (tzinfo != null) {
            PyTimedelta off = utcoffset();
            if (off != null) {
                long m = naiveMicros() - off.micros() - Timestamps.EPOCH_MICROS;
                return m / 1e6;
            }
        }
        long secs = Timestamps.localToSeconds(this);
        return secs + us / 1e6;
    }

    PyObject astimezone(PyObject tzArg) {
        PyObject tz;
        if (tzArg == null || tzArg == PyNone.NONE) {
            tz = null;
        } else if (!tzArg.type().isSubtypeOf(PyTzInfo.TYPE)) {
            throw Errors.typeError("tzinfo argument must be None or of a tzinfo subclass, not type '" + tzArg.type().name + "'");
        } else {
            tz = tzArg;
        }
        if (tzinfo != null && tz == tzinfo) {
            return this;
        }
        PyDateTime self = this;
        PyTimedelta off = tzinfo != null ? utcoffset() : null;
        if (off == null) {
            // naive (or a tzinfo that gives no offset): local time, at the offset the zone has at that instant (as C)
            off = Timestamps.localTimezone(Timestamps.localToSeconds(self)).offset;
        }
        long utcMicros = naiveMicros() - off.micros();
        if (tz == null) {
            long secs = Math.floorDiv(utcMicros, 1_000_000L) - Timestamps.EPOCH_SECONDS;
            tz = Timestamps.localTimezone(secs);
        }
        // as C: self - offset (a call of a subclass, keeping self's tzinfo), then tz put in its place
        PyObject shifted = fromMicros(type(), utcMicros, tzinfo, 0);
        PyObject utc = shifted;
        if (shifted instanceof PyDateTime r) {
            utc = adopt(new PyDateTime(r.year, r.month, r.day, r.hour, r.minute, r.second, r.us, tz, 0), r.type());
        }
        return callFromutc(tz, utc);
    }

    /** tz.fromutc(dt), done directly for a fixed-offset timezone. */
    static PyObject callFromutc(PyObject tz, PyObject dt) {
        if (tz instanceof PyTimezone z && dt instanceof PyDateTime d && d.tzinfo == z) {
            return d.plus(z.offset);
        }
        return tz.getAttr("fromutc").call(dt);
    }

    private static PyDateTime self(PyObject[] a, String m) {
        return DtArgs.self(a, PyDateTime.class, TYPE, m);
    }

    static PyObject fromTimestamp(PyType cls, PyObject ts, PyObject tz, boolean utc) {
        long[] su = Timestamps.split(ts, true);
        long secs = su[0];
        int us = (int) su[1];
        if (utc || tz != null) {
            int[] f = Timestamps.utc(secs);
            PyObject dt = make(cls, f[0], f[1], f[2], f[3], f[4], f[5], us, tz, 0);
            return tz != null && !utc ? callFromutc(tz, dt) : dt;
        }
        int[] f = Timestamps.local(secs);
        int fold = Timestamps.localFold(secs, f);
        return make(cls, f[0], f[1], f[2], f[3], f[4], f[5], us, null, fold);
    }

    static {
        defineProtocol(TYPE, BinaryOp.ADD, BinaryOp.SUB);
        DtArgs.getter(TYPE, "hour", o -> PyInt.of(((PyDateTime) o).hour));
        DtArgs.getter(TYPE, "minute", o -> PyInt.of(((PyDateTime) o).minute));
        DtArgs.getter(TYPE, "second", o -> PyInt.of(((PyDateTime) o).second));
        DtArgs.getter(TYPE, "microsecond", o -> PyInt.of(((PyDateTime) o).us));
        DtArgs.getter(TYPE, "tzinfo", o -> DtArgs.orNone(((PyDateTime) o).tzinfo));
        DtArgs.getter(TYPE, "fold", o -> PyInt.of(((PyDateTime) o).fold));
        TYPE.defClassMethod("now", (a, kw) -> {
            PyObject[] p = DtArgs.bind("now", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"tz"}, 0);
            PyObject tz = DtArgs.tzinfoArg(p[0]);
            return fromTimestamp(cls(a[0]), DtArgs.module("time").getAttr("time").call(), tz, false);
        });
        TYPE.defClassMethod("utcnow", (a, kw) -> {
            DtArgs.noArgs("datetime.utcnow", a, kw);
            return fromTimestamp(cls(a[0]), DtArgs.module("time").getAttr("time").call(), null, true);
        });
        TYPE.defClassMethod("fromtimestamp", (a, kw) -> {
            PyObject[] p = DtArgs.bind("fromtimestamp", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"timestamp", "tz"}, 1);
            PyObject tz = DtArgs.tzinfoArg(p[1]);
            return fromTimestamp(cls(a[0]), p[0], tz, false);
        });
        TYPE.defClassMethod("utcfromtimestamp", (a, kw) -> {
            PyObject ts = DtArgs.oneTupleArg("utcfromtimestamp", a, kw);
            return fromTimestamp(cls(a[0]), ts, null, true);
        });
        TYPE.defClassMethod("combine", (a, kw) -> {
            PyObject[] p = DtArgs.bind("combine", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"date", "time", "tzinfo"}, 2);
            if (!(p[0] instanceof PyDate d)) {
                throw Errors.typeError("combine() argument 1 must be datetime.date, not " + p[0].type().name);
            }
            if (!(p[1] instanceof PyTime t)) {
                throw Errors.typeError("combine() argument 2 must be datetime.time, not " + p[1].type().name);
            }
            PyObject tz = p[2] == null ? t.tzinfo : DtArgs.tzinfoArg(p[2]);
            PyType cls = cls(a[0]);
            // C passes a subclass no fold here
            return make(cls, d.year, d.month, d.day, t.hour, t.minute, t.second, t.us, tz, cls == TYPE ? t.fold : 0);
        });
        TYPE.defClassMethod("fromisoformat", (a, kw) -> {
            PyObject s = DtArgs.oneArg("datetime.fromisoformat", a, kw);
            IsoFormatParser.DateTimeFields f = IsoFormatParser.parseDateTime(s);
            return make(cls(a[0]), f.year(), f.month(), f.day(), f.hour(), f.minute(), f.second(), f.us(), f.tzinfo(), 0);
        });
        TYPE.defClassMethod("strptime", (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("strptime() takes no keyword arguments");
            }
            if (a.length != 3) {
                throw Errors.typeError("strptime() takes exactly 2 arguments (" + (a.length - 1) + " given)");
            }
            for (int i = 1; i <= 2; i++) {
                if (!(a[i] instanceof PyStr)) {
                    throw Errors.typeError("strptime() argument " + i + " must be str, not " + a[i].type().name);
                }
            }
            return DtArgs.module("_strptime").getAttr("_strptime_datetime").call(a[0], a[1], a[2]);
        });
        TYPE.def("date", (a, kw) -> {
            DtArgs.noArgs("datetime.date", a, kw);
            PyDateTime d = self(a, "date");
            return new PyDate(d.year, d.month, d.day);
        });
        TYPE.def("time", (a, kw) -> {
            DtArgs.noArgs("datetime.time", a, kw);
            PyDateTime d = self(a, "time");
            return new PyTime(d.hour, d.minute, d.second, d.us, null, d.fold);
        });
        TYPE.def("timetz", (a, kw) -> {
            DtArgs.noArgs("datetime.timetz", a, kw);
            PyDateTime d = self(a, "timetz");
            return new PyTime(d.hour, d.minute, d.second, d.us, d.tzinfo, d.fold);
        });
        TYPE.def("utcoffset", (a, kw) -> {
            DtArgs.noArgs("datetime.utcoffset", a, kw);
            return DtArgs.orNone(self(a, "utcoffset").utcoffset());
        });
        TYPE.def("dst", (a, kw) -> {
            DtArgs.noArgs("datetime.dst", a, kw);
            return DtArgs.orNone(self(a, "dst").dst());
        });
        TYPE.def("tzname", (a, kw) -> {
            DtArgs.noArgs("datetime.tzname", a, kw);
            PyDateTime d = self(a, "tzname");
            return PyTzInfo.name(d.tzinfo, d);
        });
        TYPE.def("isoformat", (a, kw) -> {
            PyDateTime d = self(a, "isoformat");
            PyObject[] p = DtArgs.bind("isoformat", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"sep", "timespec"}, 0);
            String sep = "T";
            if (p[0] != null) {
                if (!(p[0] instanceof PyStr s) || s.value.codePointCount(0, s.value.length()) != 1) {
                    throw Errors.typeError("isoformat() argument 1 must be a unicode character, not " + p[0].type().name);
                }
                sep = s.value;
            }
            String spec = "auto";
            if (p[1] != null) {
                if (!(p[1] instanceof PyStr s)) {
                    throw Errors.typeError("isoformat() argument 2 must be str, not " + p[1].type().name);
                }
                spec = s.value;
            }
            return new PyStr(d.isoformat(sep, spec));
        });
        TYPE.def("ctime", (a, kw) -> {
            DtArgs.noArgs("datetime.ctime", a, kw);
            PyDateTime d = self(a, "ctime");
            return new PyStr(ctime(d.year, d.month, d.day, d.hour, d.minute, d.second));
        });
        TYPE.def("timetuple", (a, kw) -> {
            DtArgs.noArgs("datetime.timetuple", a, kw);
            return self(a, "timetuple").timetuple();
        });
        TYPE.def("utctimetuple", (a, kw) -> {
            DtArgs.noArgs("datetime.utctimetuple", a, kw);
            return self(a, "utctimetuple").utctimetuple();
        });
        TYPE.def("timestamp", (a, kw) -> {
            DtArgs.noArgs("datetime.timestamp", a, kw);
            return new PyFloat(self(a, "timestamp").timestamp());
        });
        TYPE.def("astimezone", (a, kw) -> {
            PyDateTime d = self(a, "astimezone");
            PyObject[] p = DtArgs.bind("astimezone", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"tz"}, 0);
            return d.astimezone(p[0]);
        });
        TYPE.def("strftime", (a, kw) -> {
            PyDateTime d = self(a, "strftime");
            PyObject[] p = DtArgs.bind("strftime", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"format"}, 1);
            return Strftime.format(d, p[0], d.tzinfo, d.us);
        });
        TYPE.def("replace", (a, kw) -> {
            PyDateTime d = self(a, "replace");
            PyObject[] p = DtArgs.bind("replace", Arrays.copyOfRange(a, 1, a.length), kw, PARAMS, 0);
            PyObject[] args = {PyInt.of(DtArgs.intOr(p[0], d.year)), PyInt.of(DtArgs.intOr(p[1], d.month)), PyInt.of(DtArgs.intOr(p[2], d.day)),
                PyInt.of(DtArgs.intOr(p[3], d.hour)), PyInt.of(DtArgs.intOr(p[4], d.minute)), PyInt.of(DtArgs.intOr(p[5], d.second)),
                PyInt.of(DtArgs.intOr(p[6], d.us)), p[7] != null ? p[7] : DtArgs.orNone(d.tzinfo), PyInt.of(DtArgs.intOr(p[8], d.fold))};
            return construct(d.type(), args, FOLD_KEYWORD);
        });
        TYPE.def("__reduce_ex__", (a, kw) -> {
            PyDateTime d = self(a, "__reduce_ex__");
            PyObject proto = DtArgs.oneTupleArg("__reduce_ex__", a, kw);
            return d.reduce(DtArgs.toInt(proto));
        });
        TYPE.def("__reduce__", (a, kw) -> {
            DtArgs.noArgs("datetime.__reduce__", a, kw);
            return self(a, "__reduce__").reduce(2);
        });
        TYPE.dict.put("min", new PyDateTime(1, 1, 1, 0, 0, 0, 0, null, 0));
        TYPE.dict.put("max", new PyDateTime(9999, 12, 31, 23, 59, 59, 999999, null, 0));
        TYPE.dict.put("resolution", new PyTimedelta(0, 0, 1));
    }

    private PyObject reduce(int proto) {
        byte[] b = {(byte) (year >> 8), (byte) year, (byte) (month | (proto > 3 && fold != 0 ? 0x80 : 0)), (byte) day, (byte) hour,
            (byte) minute, (byte) second, (byte) (us >> 16), (byte) (us >> 8), (byte) us};
        PyObject state = new PyBytes(b);
        return tzinfo == null ? DtArgs.tuple(type(), DtArgs.tuple(state)) : DtArgs.tuple(type(), DtArgs.tuple(state, tzinfo));
    }
}

package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.util.Arrays;

/** datetime.time: a time of day, naive or aware, with PEP 495's fold. */
final class PyTime extends DatetimeObject {
    static final PyType TYPE = DtArgs.type("time", null, PyTime::construct);

    final int hour;
    final int minute;
    final int second;
    final int us;
    /** null for None. */
    final PyObject tzinfo;
    final int fold;

    PyTime(int hour, int minute, int second, int us, PyObject tzinfo, int fold) {
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
    private static final String[] PARAMS = {"hour", "minute", "second", "microsecond", "tzinfo", "fold"};

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        if ((a.length == 1 || a.length == 2) && (kw == null || kw.length == 0)) {
            byte[] s = PickleState.bytes(a[0], 6);
            if (s != null && (s[0] & 0x7f) < 24) {
                PyObject tz = null;
                if (a.length == 2) {
                    if (a[1] != PyNone.NONE && !a[1].type().isSubtypeOf(PyTzInfo.TYPE)) {
                        throw Errors.typeError("bad tzinfo state arg");
                    }
                    tz = a[1] == PyNone.NONE ? null : a[1];
                }
                return adopt(new PyTime(s[0] & 0x7f, s[1] & 0xff, s[2] & 0xff, ((s[3] & 0xff) << 16) | ((s[4] & 0xff) << 8) | (s[5] & 0xff),
                        tz, (s[0] & 0x80) != 0 ? 1 : 0), cls);
            }
        }
        PyObject[] p = DtArgs.bind(null, a, kw, PARAMS, 0, DtArgs.ints(4));
        int hh = DtArgs.intOr(p[0], 0);
        int mm = DtArgs.intOr(p[1], 0);
        int ss = DtArgs.intOr(p[2], 0);
        int us = DtArgs.intOr(p[3], 0);
        int fold = DtArgs.intOr(p[5], 0);
        DtArgs.checkTimeFields(hh, mm, ss, us, fold);
        PyObject tz = DtArgs.tzinfoArg(p[4]);
        return adopt(new PyTime(hh, mm, ss, us, tz, fold), cls);
    }

    static PyObject make(PyType cls, int hh, int mm, int ss, int us, PyObject tz, int fold) {
        if (cls == TYPE) {
            DtArgs.checkTimeFields(hh, mm, ss, us, fold);
            return new PyTime(hh, mm, ss, us, tz, fold);
        }
        PyObject[] args = {PyInt.of(hh), PyInt.of(mm), PyInt.of(ss), PyInt.of(us), DtArgs.orNone(tz)};
        if (fold != 0) {
            PyObject[] withFold = Arrays.copyOf(args, 6);
            withFold[5] = PyInt.of(fold);
            return cls.call(withFold, new String[] {"fold"});
        }
        return cls.call(args);
    }

    PyTimedelta utcoffset() {
        return PyTzInfo.offset(tzinfo, "utcoffset", null);
    }

    private long fieldMicros() {
        return ((hour * 60L + minute) * 60 + second) * 1_000_000L + us;
    }

    @Override
    PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyTime o)) {
            return PyNotImplemented.INSTANCE;
        }
        if (tzinfo == o.tzinfo) {
            return PyBool.of(op.test(Long.compare(fieldMicros(), o.fieldMicros())));
        }
        PyTimedelta off1 = utcoffset();
        PyTimedelta off2 = o.utcoffset();
        if (off1 == off2 || off1 != null && off2 != null && off1.cmp(off2) == 0) {
            return PyBool.of(op.test(Long.compare(fieldMicros(), o.fieldMicros())));
        }
        if (off1 != null && off2 != null) {
            long s1 = hour * 3600L + minute * 60L + second - off1.days * 86400L - off1.seconds;
            long s2 = o.hour * 3600L + o.minute * 60L + o.second - off2.days * 86400L - off2.seconds;
            int diff = Long.compare(s1, s2);
            if (diff == 0) {
                diff = Integer.compare(us, o.us);
            }
            return PyBool.of(op.test(diff));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        throw Errors.typeError("can't compare offset-naive and offset-aware times");
    }

    @Override
    long hashValue() {
        PyTime self0 = fold == 0 ? this : new PyTime(hour, minute, second, us, tzinfo, 0);
        PyTimedelta off = self0.utcoffset();
        long m = fieldMicros();
        if (off != null) {
            m -= off.micros();
        }
        long h = m * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean isTrue() {
        return true;
    }

    @Override
    String reprValue() {
        StringBuilder sb = new StringBuilder(typeName()).append('(').append(hour).append(", ").append(minute);
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

    /** HH[:MM[:SS[.fff[fff]]]] as the timespec asks. */
    static String isoTime(int hour, int minute, int second, int us, String timespec) {
        String hm = DtArgs.pad2(hour) + ":" + DtArgs.pad2(minute);
        String hms = hm + ":" + DtArgs.pad2(second);
        switch (timespec) {
            case "auto": return us != 0 ? hms + "." + DtArgs.pad(us, 6) : hms;
            case "hours": return DtArgs.pad2(hour);
            case "minutes": return hm;
            case "seconds": return hms;
            case "milliseconds": return hms + "." + DtArgs.pad(us / 1000, 3);
            case "microseconds": return hms + "." + DtArgs.pad(us, 6);
            default: throw Errors.valueError("Unknown timespec value");
        }
    }

    String isoformat(String timespec) {
        String s = isoTime(hour, minute, second, us, timespec);
        PyTimedelta off = utcoffset();
        return off == null ? s : s + PyTzInfo.formatOffset(off, ":");
    }

    @Override
    PyStr strValue() {
        if (type() != TYPE) {
            PyObject r = getAttr("isoformat").call();
            return r instanceof PyStr s ? s : r.str();
        }
        return new PyStr(isoformat("auto"));
    }

    private static PyTime self(PyObject[] a, String m) {
        return DtArgs.self(a, PyTime.class, TYPE, m);
    }

    private PyObject reduce(int proto) {
        byte[] b = {(byte) (hour | (proto > 3 && fold != 0 ? 0x80 : 0)), (byte) minute, (byte) second, (byte) (us >> 16), (byte) (us >> 8), (byte) us};
        PyObject state = new PyBytes(b);
        return tzinfo == null ? DtArgs.tuple(type(), DtArgs.tuple(state)) : DtArgs.tuple(type(), DtArgs.tuple(state, tzinfo));
    }

    static {
        defineProtocol(TYPE);
        DtArgs.getter(TYPE, "hour", o -> PyInt.of(((PyTime) o).hour));
        DtArgs.getter(TYPE, "minute", o -> PyInt.of(((PyTime) o).minute));
        DtArgs.getter(TYPE, "second", o -> PyInt.of(((PyTime) o).second));
        DtArgs.getter(TYPE, "microsecond", o -> PyInt.of(((PyTime) o).us));
        DtArgs.getter(TYPE, "tzinfo", o -> DtArgs.orNone(((PyTime) o).tzinfo));
        DtArgs.getter(TYPE, "fold", o -> PyInt.of(((PyTime) o).fold));
        TYPE.defClassMethod("fromisoformat", (a, kw) -> {
            PyObject s = DtArgs.oneArg("time.fromisoformat", a, kw);
            IsoFormatParser.DateTimeFields f = IsoFormatParser.parseTime(s);
            return make(PyDate.cls(a[0]), f.hour(), f.minute(), f.second(), f.us(), f.tzinfo(), 0);
        });
        TYPE.def("utcoffset", (a, kw) -> {
            DtArgs.noArgs("time.utcoffset", a, kw);
            return DtArgs.orNone(self(a, "utcoffset").utcoffset());
        });
        TYPE.def("dst", (a, kw) -> {
            DtArgs.noArgs("time.dst", a, kw);
            return DtArgs.orNone(PyTzInfo.offset(self(a, "dst").tzinfo, "dst", null));
        });
        TYPE.def("tzname", (a, kw) -> {
            DtArgs.noArgs("time.tzname", a, kw);
            return PyTzInfo.name(self(a, "tzname").tzinfo, null);
        });
        TYPE.def("isoformat", (a, kw) -> {
            PyTime t = self(a, "isoformat");
            PyObject[] p = DtArgs.bind("isoformat", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"timespec"}, 0);
            String spec = "auto";
            if (p[0] != null) {
                if (!(p[0] instanceof PyStr s)) {
                    throw Errors.typeError("isoformat() argument 1 must be str, not " + p[0].type().name);
                }
                spec = s.value;
            }
            return new PyStr(t.isoformat(spec));
        });
        TYPE.def("strftime", (a, kw) -> {
            PyTime t = self(a, "strftime");
            PyObject[] p = DtArgs.bind("strftime", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"format"}, 1);
            return Strftime.format(t, p[0], t.tzinfo, t.us);
        });
        TYPE.def("__format__", (a, kw) -> PyDate.format(self(a, "__format__"), a, kw));
        TYPE.def("replace", (a, kw) -> {
            PyTime t = self(a, "replace");
            PyObject[] p = DtArgs.bind("replace", Arrays.copyOfRange(a, 1, a.length), kw, PARAMS, 0);
            PyObject[] args = {PyInt.of(DtArgs.intOr(p[0], t.hour)), PyInt.of(DtArgs.intOr(p[1], t.minute)), PyInt.of(DtArgs.intOr(p[2], t.second)),
                PyInt.of(DtArgs.intOr(p[3], t.us)), p[4] != null ? p[4] : DtArgs.orNone(t.tzinfo), PyInt.of(DtArgs.intOr(p[5], t.fold))};
            return construct(t.type(), args, FOLD_KEYWORD);
        });
        TYPE.def("__reduce_ex__", (a, kw) -> {
            PyTime t = self(a, "__reduce_ex__");
            return t.reduce(DtArgs.toInt(DtArgs.oneTupleArg("__reduce_ex__", a, kw)));
        });
        TYPE.def("__reduce__", (a, kw) -> {
            DtArgs.noArgs("time.__reduce__", a, kw);
            return self(a, "__reduce__").reduce(2);
        });
        TYPE.dict.put("min", new PyTime(0, 0, 0, 0, null, 0));
        TYPE.dict.put("max", new PyTime(23, 59, 59, 999999, null, 0));
        TYPE.dict.put("resolution", new PyTimedelta(0, 0, 1));
    }
}

package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** datetime.date: a day of the proleptic Gregorian calendar, years 1 to 9999. */
class PyDate extends DatetimeObject {
    static final PyType TYPE = DtArgs.type("date", null, PyDate::construct);

    final int year;
    final int month;
    final int day;

    PyDate(int year, int month, int day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    @Override
    protected PyType javaType() {
        return TYPE;
    }

    private static final String[] PARAMS = {"year", "month", "day"};

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        if (a.length == 1 && (kw == null || kw.length == 0)) {
            byte[] state = PickleState.bytes(a[0], 4);
            if (state != null && (state[2] & 0xff) >= 1 && (state[2] & 0xff) <= 12) {
                return adopt(new PyDate((state[0] & 0xff) * 256 + (state[1] & 0xff), state[2] & 0xff, state[3] & 0xff), cls);
            }
        }
        PyObject[] p = DtArgs.bind(null, a, kw, PARAMS, 3, DtArgs.ints(3));
        int y = DtArgs.toInt(p[0]);
        int m = DtArgs.toInt(p[1]);
        int d = DtArgs.toInt(p[2]);
        DtArgs.checkDateFields(y, m, d);
        return adopt(new PyDate(y, m, d), cls);
    }

    /** A date of class {@code cls}: made directly for date itself, by calling a subclass (as C does). */
    static PyObject make(PyType cls, int y, int m, int d) {
        if (cls == TYPE) {
            DtArgs.checkDateFields(y, m, d);
            return new PyDate(y, m, d);
        }
        return cls.call(PyInt.of(y), PyInt.of(m), PyInt.of(d));
    }

    static PyObject fromOrdinal(PyType cls, long ordinal) {
        if (ordinal < 1) {
            throw Errors.valueError("ordinal must be >= 1");
        }
        int[] ymd = ProlepticCalendar.fromOrdinal(ordinal);
        return make(cls, ymd[0], ymd[1], ymd[2]);
    }

    long ordinal() {
        return ProlepticCalendar.toOrdinal(year, month, day);
    }

    int weekday() {
        return ProlepticCalendar.weekday(year, month, day);
    }

    // ---- arithmetic and comparison ----------------------------------------------------------

    /** The date {@code days} after this one; OverflowError outside years 1..9999. */
    PyObject plusDays(long days) {
        long o = ordinal() + days;
        if (o < 1 || o > ProlepticCalendar.MAX_ORDINAL) {
            throw Errors.overflow("date value out of range");
        }
        int[] ymd = ProlepticCalendar.fromOrdinal(o);
        return make(type(), ymd[0], ymd[1], ymd[2]);
    }

    @Override
    PyObject arith(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD && other instanceof PyTimedelta td) {
            return plusDays(td.days);
        }
        if (op == BinaryOp.SUB) {
            if (other instanceof PyTimedelta td) {
                return plusDays(-(long) td.days);
            }
            if (other instanceof PyDate d && !(other instanceof PyDateTime)) {
                return PyTimedelta.of(ordinal() - d.ordinal(), 0, 0);
            }
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    PyObject reflectedArith(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD && other instanceof PyTimedelta) {
            return arith(op, other);
        }
        if (op == BinaryOp.SUB && other instanceof PyDate o && !(other instanceof PyDateTime) && !(this instanceof PyDateTime)) {
            return PyTimedelta.of(o.ordinal() - ordinal(), 0, 0);
        }
        return PyNotImplemented.INSTANCE;
    }

    int cmpDate(PyDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    PyObject compare(PyObject other, CompareOp op) {
        if (other instanceof PyDateTime o && !(this instanceof PyDateTime) && o.type() != type() && o.type().isSubtypeOf(type())
                && !o.type().heapType) {
            // CPython gives a subclass's reflected comparison the first word (datetime's, which refuses a date);
            // the operator dispatch does that only for classes written in Python, so it is done here
            PyObject r = o.compare(this, op.swapped());
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        return slotCompare(other, op);
    }

    /** date's own comparison: the date parts of any two dates (a datetime's too, as C compares them). */
    @Override
    PyObject slotCompare(PyObject other, CompareOp op) {
        if (other instanceof PyDate d) {
            return PyBool.of(op.test(cmpDate(d)));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    long hashValue() {
        long h = (year * 13L + month) * 32L + day;
        return h * 0x9E3779B97F4A7C15L >>> 2;
    }

    @Override
    String reprValue() {
        return typeName() + "(" + year + ", " + month + ", " + day + ")";
    }

    String isoDate() {
        return DtArgs.pad(year, 4) + "-" + DtArgs.pad2(month) + "-" + DtArgs.pad2(day);
    }

    @Override
    PyStr strValue() {
        if (type() != TYPE) {
            PyObject r = callMethod("isoformat");
            return r instanceof PyStr s ? s : r.str();
        }
        return new PyStr(isoDate());
    }

    PyObject callMethod(String name, PyObject... args) {
        return getAttr(name).call(args);
    }

    private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTH_NAMES = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    static String ctime(int y, int m, int d, int hh, int mm, int ss) {
        int wd = ProlepticCalendar.weekday(y, m, d);
        return DAY_NAMES[wd] + " " + MONTH_NAMES[m] + " " + (d < 10 ? " " + d : Integer.toString(d)) + " "
                + DtArgs.pad2(hh) + ":" + DtArgs.pad2(mm) + ":" + DtArgs.pad2(ss) + " " + DtArgs.pad(y, 4);
    }

    PyObject timetuple() {
        int yday = ProlepticCalendar.daysBeforeMonth(year, month) + day;
        return DtArgs.structTime(year, month, day, 0, 0, 0, weekday(), yday, -1);
    }

    PyObject isocalendar() {
        int[] iso = ProlepticCalendar.isoCalendar(year, month, day);
        return new IsoCalendarDate(iso[0], iso[1], iso[2]);
    }

    /** __format__: str(self) for an empty spec, else self.strftime(spec). */
    static PyObject format(PyObject self, PyObject[] a, String[] kw) {
        PyObject spec = DtArgs.oneTupleArg("__format__", a, kw);
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("__format__() argument 1 must be str, not " + spec.type().name);
        }
        if (s.value.isEmpty()) {
            return self.str();
        }
        return self.getAttr("strftime").call(s);
    }

    private static PyDate self(PyObject[] a, String m) {
        return DtArgs.self(a, PyDate.class, TYPE, m);
    }

    static PyType cls(PyObject o) {
        return (PyType) o;
    }

    static {
        defineProtocol(TYPE, BinaryOp.ADD, BinaryOp.SUB);
        DtArgs.getter(TYPE, "year", o -> PyInt.of(((PyDate) o).year));
        DtArgs.getter(TYPE, "month", o -> PyInt.of(((PyDate) o).month));
        DtArgs.getter(TYPE, "day", o -> PyInt.of(((PyDate) o).day));
        TYPE.defClassMethod("today", (a, kw) -> {
            DtArgs.noArgs("date.today", a, kw);
            // as C does: cls.fromtimestamp(time.time())
            PyObject now = DtArgs.module("time").getAttr("time").call();
            return a[0].getAttr("fromtimestamp").call(now);
        });
        TYPE.defClassMethod("fromtimestamp", (a, kw) -> {
            PyObject ts = DtArgs.oneArg("date.fromtimestamp", a, kw);
            long[] secUs = Timestamps.split(ts, false);
            int[] f = Timestamps.local(secUs[0]);
            return make(cls(a[0]), f[0], f[1], f[2]);
        });
        TYPE.defClassMethod("fromordinal", (a, kw) -> {
            PyObject o = DtArgs.oneTupleArg("fromordinal", a, kw);
            return fromOrdinal(cls(a[0]), DtArgs.toInt(o));
        });
        TYPE.defClassMethod("fromisoformat", (a, kw) -> {
            PyObject s = DtArgs.oneArg("date.fromisoformat", a, kw);
            int[] ymd = IsoFormatParser.parseDateOnly(s);
            return make(cls(a[0]), ymd[0], ymd[1], ymd[2]);
        });
        TYPE.defClassMethod("fromisocalendar", (a, kw) -> {
            PyObject[] p = DtArgs.bind("fromisocalendar", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"year", "week", "day"}, 3);
            int[] ymd = IsoFormatParser.fromIsoCalendar(DtArgs.toInt(p[0]), DtArgs.toInt(p[1]), DtArgs.toInt(p[2]));
            return make(cls(a[0]), ymd[0], ymd[1], ymd[2]);
        });
        TYPE.def("toordinal", (a, kw) -> {
            DtArgs.noArgs("date.toordinal", a, kw);
            return PyInt.of(self(a, "toordinal").ordinal());
        });
        TYPE.def("weekday", (a, kw) -> {
            DtArgs.noArgs("date.weekday", a, kw);
            return PyInt.of(self(a, "weekday").weekday());
        });
        TYPE.def("isoweekday", (a, kw) -> {
            DtArgs.noArgs("date.isoweekday", a, kw);
            return PyInt.of(self(a, "isoweekday").weekday() + 1);
        });
        TYPE.def("isocalendar", (a, kw) -> {
            DtArgs.noArgs("date.isocalendar", a, kw);
            return self(a, "isocalendar").isocalendar();
        });
        TYPE.def("isoformat", (a, kw) -> {
            DtArgs.noArgs("date.isoformat", a, kw);
            return new PyStr(self(a, "isoformat").isoDate());
        });
        TYPE.def("ctime", (a, kw) -> {
            DtArgs.noArgs("date.ctime", a, kw);
            PyDate d = self(a, "ctime");
            return new PyStr(ctime(d.year, d.month, d.day, 0, 0, 0));
        });
        TYPE.def("timetuple", (a, kw) -> {
            DtArgs.noArgs("date.timetuple", a, kw);
            return self(a, "timetuple").timetuple();
        });
        TYPE.def("strftime", (a, kw) -> {
            PyDate d = self(a, "strftime");
            PyObject[] p = DtArgs.bind("strftime", java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"format"}, 1);
            return Strftime.format(d, p[0], null, 0);
        });
        TYPE.def("__format__", (a, kw) -> format(self(a, "__format__"), a, kw));
        TYPE.def("replace", (a, kw) -> {
            PyDate d = self(a, "replace");
            PyObject[] p = DtArgs.bind("replace", java.util.Arrays.copyOfRange(a, 1, a.length), kw, PARAMS, 0);
            return construct(d.type(), new PyObject[] {PyInt.of(DtArgs.intOr(p[0], d.year)), PyInt.of(DtArgs.intOr(p[1], d.month)),
                PyInt.of(DtArgs.intOr(p[2], d.day))}, null);
        });
        TYPE.def("__reduce__", (a, kw) -> {
            PyDate d = self(a, "__reduce__");
            return DtArgs.tuple(d.type(), DtArgs.tuple(new PyBytes(new byte[] {(byte) (d.year >> 8), (byte) d.year, (byte) d.month, (byte) d.day})));
        });
        TYPE.dict.put("min", new PyDate(1, 1, 1));
        TYPE.dict.put("max", new PyDate(9999, 12, 31));
        TYPE.dict.put("resolution", new PyTimedelta(1, 0, 0));
    }
}

package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** datetime.timezone: a fixed offset from UTC with an optional name. Not subclassable, as in C. */
final class PyTimezone extends PyTzInfo {
    static final PyType TYPE = DtArgs.type("timezone", PyTzInfo.TYPE, PyTimezone::construct).notAcceptableBase();

    final PyTimedelta offset;
    /** null when no name was given. */
    final String name;

    private PyTimezone(PyTimedelta offset, String name) {
        this.offset = offset;
        this.name = name;
    }

    static final PyTimezone UTC = new PyTimezone(PyTimedelta.ZERO, null);

    @Override
    protected PyType javaType() {
        return TYPE;
    }

    static PyTimezone of(PyTimedelta offset, String name) {
        if (name == null && offset.isZero()) {
            return UTC;
        }
        if (offset.days < -1 || offset.days >= 1 || offset.days == -1 && offset.seconds == 0 && offset.us == 0) {
            throw Errors.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "
                    + offset.repr().value + ".");
        }
        return new PyTimezone(offset, name);
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyObject[] p = DtArgs.bind("timezone", a, kw, new String[] {"offset", "name"}, 1);
        if (!(p[0] instanceof PyTimedelta off)) {
            throw Errors.typeError("timezone() argument 1 must be datetime.timedelta, not " + p[0].type().name);
        }
        String name = null;
        if (p[1] != null) {
            if (!(p[1] instanceof PyStr s)) {
                throw Errors.typeError("timezone() argument 2 must be str, not " + p[1].type().name);
            }
            name = s.value;
        }
        return of(off, name);
    }

    String tzname() {
        if (name != null) {
            return name;
        }
        if (offset.isZero()) {
            return "UTC";
        }
        return "UTC" + formatOffset(offset, ":");
    }

    @Override
    public PyStr repr() {
        if (this == UTC) {
            return new PyStr("datetime.timezone.utc");
        }
        return new PyStr("datetime.timezone(" + offset.repr().value + (name == null ? "" : ", " + new PyStr(name).repr().value) + ")");
    }

    @Override
    public PyStr str() {
        return new PyStr(tzname());
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof PyTimezone tz) {
            return PyBool.of((offset.cmp(tz.offset) == 0) == (op == CompareOp.EQ));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public long hash() {
        return offset.hashValue();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyTimezone tz && tz.offset.cmp(offset) == 0;
    }

    @Override
    public int hashCode() {
        return offset.hashCode();
    }

    private static PyTimezone self(PyObject[] a, String m) {
        return DtArgs.self(a, PyTimezone.class, TYPE, m);
    }

    static {
        TYPE.def("utcoffset", (a, kw) -> {
            PyObject dt = DtArgs.oneArg("timezone.utcoffset", a, kw);
            checkUtcoffsetArg("utcoffset", dt);
            return self(a, "utcoffset").offset;
        });
        TYPE.def("dst", (a, kw) -> {
            PyObject dt = DtArgs.oneArg("timezone.dst", a, kw);
            checkUtcoffsetArg("dst", dt);
            return PyNone.NONE;
        });
        TYPE.def("tzname", (a, kw) -> {
            PyObject dt = DtArgs.oneArg("timezone.tzname", a, kw);
            checkUtcoffsetArg("tzname", dt);
            return new PyStr(self(a, "tzname").tzname());
        });
        TYPE.def("fromutc", (a, kw) -> {
            PyObject arg = DtArgs.oneArg("timezone.fromutc", a, kw);
            PyTimezone tz = self(a, "fromutc");
            if (!(arg instanceof PyDateTime dt)) {
                throw Errors.typeError("fromutc: argument must be a datetime");
            }
            if (dt.tzinfo != tz) {
                throw Errors.valueError("fromutc: dt.tzinfo is not self");
            }
            return dt.plus(tz.offset);
        });
        TYPE.def("__getinitargs__", (a, kw) -> {
            PyTimezone tz = self(a, "__getinitargs__");
            return tz.name == null ? DtArgs.tuple(tz.offset) : DtArgs.tuple(tz.offset, new PyStr(tz.name));
        });
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE}) {
            TYPE.def(op.dunder, (a, kw) -> self(a, op.dunder).richCompare(a[1], op));
        }
        TYPE.def("__hash__", (a, kw) -> DtArgs.num(self(a, "__hash__").hash()));
        TYPE.def("__repr__", (a, kw) -> self(a, "__repr__").repr());
        TYPE.def("__str__", (a, kw) -> self(a, "__str__").str());
        TYPE.dict.put("utc", UTC);
        TYPE.dict.put("min", new PyTimezone(new PyTimedelta(-1, 60, 0), null));
        TYPE.dict.put("max", new PyTimezone(new PyTimedelta(0, 86340, 0), null));
    }
}

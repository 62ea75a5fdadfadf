package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyExtensible;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/** datetime.tzinfo: the abstract base of time zones, and the checked calls datetime makes to any tzinfo. */
class PyTzInfo extends PyExtensible {
    static final PyType TYPE = DtArgs.type("tzinfo", null, (cls, a, kw) -> PyExtensible.adopt(new PyTzInfo(), cls));

    @Override
    protected PyType javaType() {
        return TYPE;
    }

    /** object.__repr__'s form, with a stand-in address as Eddy's objects have. */
    @Override
    public PyStr repr() {
        PyObject o = heapOverride("__repr__");
        if (o != null) {
            return (PyStr) o.call(this);
        }
        PyType t = type();
        String qn = t.module.equals("builtins") ? t.qualname : t.module + "." + t.qualname;
        return new PyStr("<" + qn + " object at 0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16) + ">");
    }

    /** tzinfo.utcoffset(dt) (or dst, per {@code which}), checked: a timedelta strictly within a day, or null for None. */
    static PyTimedelta offset(PyObject tzinfo, String which, PyObject dt) {
        if (tzinfo == null) {
            return null;
        }
        PyObject r;
        if (tzinfo instanceof PyTimezone tz && dt != null) {
            r = which.equals("utcoffset") ? tz.offset : PyNone.NONE;
        } else {
            r = tzinfo.getAttr(which).call(dt == null ? PyNone.NONE : dt);
        }
        if (r == PyNone.NONE) {
            return null;
        }
        if (!(r instanceof PyTimedelta td)) {
            throw Errors.typeError("tzinfo." + which + "() must return None or timedelta, not '" + r.type().name + "'");
        }
        if (td.days < -1 || td.days >= 1 || td.days == -1 && td.seconds == 0 && td.us == 0) {
            throw Errors.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
        }
        return td;
    }

    static PyObject name(PyObject tzinfo, PyObject dt) {
        if (tzinfo == null) {
            return PyNone.NONE;
        }
        PyObject r = tzinfo.getAttr("tzname").call(dt == null ? PyNone.NONE : dt);
        if (r != PyNone.NONE && !(r instanceof PyStr)) {
            throw Errors.typeError("tzinfo.tzname() must return None or a string, not '" + r.type().name + "'");
        }
        return r;
    }

    /** "+HH:MM[:SS[.ffffff]]" with {@code sep} between the fields ("" for %z). */
    static String formatOffset(PyTimedelta off, String sep) {
        String sign = "+";
        if (off.days < 0) {
            sign = "-";
            off = off.negate();
        }
        int s = off.seconds;
        StringBuilder sb = new StringBuilder(sign).append(DtArgs.pad2(s / 3600)).append(sep).append(DtArgs.pad2(s / 60 % 60));
        if (s % 60 != 0 || off.us != 0) {
            sb.append(sep).append(DtArgs.pad2(s % 60));
            if (off.us != 0) {
                sb.append('.').append(DtArgs.pad(off.us, 6));
            }
        }
        return sb.toString();
    }

    /** The argument check of timezone's utcoffset, dst and tzname: a datetime or None. */
    static void checkUtcoffsetArg(String what, PyObject dt) {
        if (dt != PyNone.NONE && !(dt instanceof PyDateTime)) {
            throw Errors.typeError(what + "(dt) argument must be a datetime instance or None, not " + dt.type().name);
        }
    }

    /** The generic tzinfo.fromutc: the standard-time offset, then the daylight-saving adjustment. */
    static PyObject fromutc(PyObject self, PyObject arg) {
        if (!(arg instanceof PyDateTime dt)) {
            throw Errors.typeError("fromutc: argument must be a datetime");
        }
        if (dt.tzinfo != self) {
            throw Errors.valueError("fromutc: dt.tzinfo is not self");
        }
        PyTimedelta off = offset(self, "utcoffset", dt);
        if (off == null) {
            throw Errors.valueError("fromutc: non-None utcoffset() result required");
        }
        PyTimedelta dst = offset(self, "dst", dt);
        if (dst == null) {
            throw Errors.valueError("fromutc: non-None dst() result required");
        }
        PyTimedelta delta = off.minus(dst);
        PyObject moved = dt.plus(delta);
        if (!delta.isZero()) {
            dst = offset(self, "dst", moved);
            if (dst == null) {
                throw Errors.valueError("fromutc: tz.dst() gave inconsistent results; cannot convert");
            }
        }
        return dst.isZero() ? moved : ((PyDateTime) moved).plus(dst);
    }

    static {
        TYPE.def("utcoffset", (a, kw) -> {
            DtArgs.oneArg("tzinfo.utcoffset", a, kw);
            throw Errors.notImplemented("a tzinfo subclass must implement utcoffset()");
        });
        TYPE.def("dst", (a, kw) -> {
            DtArgs.oneArg("tzinfo.dst", a, kw);
            throw Errors.notImplemented("a tzinfo subclass must implement dst()");
        });
        TYPE.def("tzname", (a, kw) -> {
            DtArgs.oneArg("tzinfo.tzname", a, kw);
            throw Errors.notImplemented("a tzinfo subclass must implement tzname()");
        });
        TYPE.def("fromutc", (a, kw) -> fromutc(a[0], DtArgs.oneArg("tzinfo.fromutc", a, kw)));
        TYPE.def("__reduce__", (a, kw) -> {
            PyObject self = a[0];
            PyObject args = DtArgs.tuple();
            PyObject getInitArgs = self.lookupAttr("__getinitargs__");
            if (getInitArgs != null) {
                args = getInitArgs.call();
            }
            PyObject state = PyNone.NONE;
            PyObject getState = self.type().lookup("__getstate__");
            if (getState instanceof dev.eddy.runtime.PyBuiltinFunction bf && bf.owner == PyType.OBJECT) {
                getState = null;   // object.__getstate__: the instance dict, or None when empty
            } else if (getState != null) {
                getState = self.getAttr("__getstate__");
            }
            if (getState != null) {
                state = getState.call();
            } else {
                PyObject d = self.lookupAttr("__dict__");
                if (d instanceof PyDict dict && dict.len() > 0) {
                    state = d;
                }
            }
            return new PyTuple(new PyObject[] {self.type(), args, state});
        });
    }
}

package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

/**
 * strftime for date, time and datetime, as C's wrap_strftime does it: %z, %Z and %f are
 * expanded here from the object, everything else goes to time.strftime with its timetuple.
 */
final class Strftime {
    private Strftime() {
    }

    /** self.strftime(format); {@code tzinfo} null when naive (or a date). */
    static PyObject format(DatetimeObject self, PyObject fmtArg, PyObject tzinfo, int us) {
        if (!(fmtArg instanceof PyStr fs)) {
            throw Errors.typeError("strftime() argument 1 must be str, not " + fmtArg.type().name);
        }
        String fmt = fs.value;
        // the timetuple comes first, as in C (its dst() call may fail before %z is looked at)
        PyObject tuple;
        if (self instanceof PyTime t) {
            tuple = DtArgs.structTime(1900, 1, 1, t.hour, t.minute, t.second, 0, 1, -1);
        } else {
            tuple = self.getAttr("timetuple").call();
        }
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        String z = null;
        String zName = null;
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char ch = fmt.charAt(i++);
            if (ch != '%' || i >= n) {
                out.append(ch);
                continue;
            }
            char spec = fmt.charAt(i++);
            if (spec == 'z') {
                if (z == null) {
                    z = "";
                    if (tzinfo != null) {
                        PyTimedelta off = PyTzInfo.offset(tzinfo, "utcoffset", self instanceof PyDateTime ? self : null);
                        if (off != null) {
                            z = PyTzInfo.formatOffset(off, "");
                        }
                    }
                }
                out.append(z);
            } else if (spec == 'Z') {
                if (zName == null) {
                    zName = "";
                    if (tzinfo != null) {
                        PyObject name = PyTzInfo.name(tzinfo, self instanceof PyDateTime ? self : null);
                        if (name instanceof PyStr s) {
                            zName = s.value.replace("%", "%%");
                        }
                    }
                }
                out.append(zName);
            } else if (spec == 'f') {
                out.append(DtArgs.pad(us, 6));
            } else {
                out.append('%').append(spec);
            }
        }
        return DtArgs.module("time").getAttr("strftime").call(new PyStr(out.toString()), tuple);
    }
}

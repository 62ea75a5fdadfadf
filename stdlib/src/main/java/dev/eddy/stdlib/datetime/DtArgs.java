package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Importer;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PyStaticMethod;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/** Argument parsing with the messages of CPython's PyArg_ParseTupleAndKeywords, and small shared helpers. */
final class DtArgs {
    private DtArgs() {
    }

    /**
     * Binds positional and keyword arguments to {@code params}, the first {@code required}
     * mandatory; {@code fname} null stands for an unnamed format ("function", "this function").
     * Unfilled parameters are null.
     */
    static PyObject[] bind(String fname, PyObject[] a, String[] kw, String[] params, int required) {
        return bind(fname, a, kw, params, required, null);
    }

    /** Converts an argument as it is bound (C converts each before it looks at the next). */
    interface Converter {
        void check(int index, PyObject value);
    }

    /** {@link #bind} with each present argument passed to {@code convert} in parameter order, as C parses them. */
    static PyObject[] bind(String fname, PyObject[] a, String[] kw, String[] params, int required, Converter convert) {
        String shown = fname == null ? "function" : fname + "()";
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (a.length > params.length) {
            throw Errors.typeError(shown + " takes at most " + params.length + " " + (npos == 0 ? "keyword " : "")
                    + "argument" + (params.length == 1 ? "" : "s") + " (" + a.length + " given)");
        }
        int maxPositional = params.length;
        if (params[params.length - 1].equals("fold")) {
            maxPositional--;   // fold is keyword-only
        }
        if (npos > maxPositional) {
            throw Errors.typeError(shown + " takes at most " + maxPositional + " positional argument" + (maxPositional == 1 ? "" : "s")
                    + " (" + npos + " given)");
        }
        PyObject[] out = new PyObject[params.length];
        System.arraycopy(a, 0, out, 0, npos);
        for (int i = npos; i < params.length; i++) {
            for (int k = 0; k < nkw; k++) {
                if (params[i].equals(kw[k])) {
                    out[i] = a[npos + k];
                }
            }
        }
        for (int i = 0; i < params.length; i++) {
            if (out[i] != null) {
                if (convert != null) {
                    convert.check(i, out[i]);
                }
            } else if (i < required) {
                throw Errors.typeError(shown + " missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
            }
        }
        for (int k = 0; k < nkw; k++) {
            for (int p = 0; p < npos && p < params.length; p++) {
                if (params[p].equals(kw[k])) {
                    throw Errors.typeError("argument for " + shown + " given by name ('" + kw[k] + "') and position (" + (p + 1) + ")");
                }
            }
        }
        for (int k = 0; k < nkw; k++) {
            if (!java.util.Arrays.asList(params).contains(kw[k])) {
                throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for " + (fname == null ? "this function" : shown));
            }
        }
        return out;
    }

    /** A method that takes no arguments (args[0] is self). */
    static void noArgs(String qualname, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw Errors.typeError(qualname + "() takes no arguments (" + (a.length - 1) + " given)");
        }
    }

    /** A method of exactly one positional argument (args[0] is self), worded as C's METH_O methods are. */
    static PyObject oneArg(String qualname, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
        if (a.length != 2) {
            throw Errors.typeError(qualname + "() takes exactly one argument (" + (a.length - 1) + " given)");
        }
        return a[1];
    }

    /** A method of exactly one positional argument, worded as PyArg_ParseTuple words it. */
    static PyObject oneTupleArg(String name, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        if (a.length != 2) {
            throw Errors.typeError(name + "() takes exactly 1 argument (" + (a.length - 1) + " given)");
        }
        return a[1];
    }

    /** A C int argument ('i' format): __index__, then range. */
    static int toInt(PyObject o) {
        PyInt i = o.asIndexOrNull();
        if (i == null) {
            throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        if (i.isBig() || i.value > Integer.MAX_VALUE) {
            if (i.signum() > 0) {
                throw Errors.overflow("signed integer is greater than maximum");
            }
            throw Errors.overflow("signed integer is less than minimum");
        }
        if (i.value < Integer.MIN_VALUE) {
            throw Errors.overflow("signed integer is less than minimum");
        }
        return (int) i.value;
    }

    static int intOr(PyObject o, int dflt) {
        return o == null ? dflt : toInt(o);
    }

    /** A converter that checks the parameters before {@code firstNonInt} are C ints. */
    static Converter ints(int firstNonInt) {
        return (i, v) -> {
            if (i < firstNonInt) {
                toInt(v);
            }
        };
    }

    static PyInt num(long v) {
        return PyInt.of(v);
    }

    static PyTuple tuple(PyObject... items) {
        return new PyTuple(items);
    }

    /** The tzinfo argument of a constructor: None or a tzinfo instance (Java null for None). */
    static PyObject tzinfoArg(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!o.type().isSubtypeOf(PyTzInfo.TYPE)) {
            throw Errors.typeError("tzinfo argument must be None or of a tzinfo subclass, not type '" + o.type().name + "'");
        }
        return o;
    }

    static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    static void checkTimeFields(int hour, int minute, int second, int us, int fold) {
        if (hour < 0 || hour > 23) {
            throw Errors.valueError("hour must be in 0..23");
        }
        if (minute < 0 || minute > 59) {
            throw Errors.valueError("minute must be in 0..59");
        }
        if (second < 0 || second > 59) {
            throw Errors.valueError("second must be in 0..59");
        }
        if (us < 0 || us > 999999) {
            throw Errors.valueError("microsecond must be in 0..999999");
        }
        if (fold != 0 && fold != 1) {
            throw Errors.valueError("fold must be either 0 or 1");
        }
    }

    static void checkDateFields(int year, int month, int day) {
        if (year < ProlepticCalendar.MINYEAR || year > ProlepticCalendar.MAXYEAR) {
            throw Errors.valueError("year " + year + " is out of range");
        }
        if (month < 1 || month > 12) {
            throw Errors.valueError("month must be in 1..12");
        }
        if (day < 1 || day > ProlepticCalendar.daysInMonth(year, month)) {
            throw Errors.valueError("day is out of range for month");
        }
    }

    private static final PyStr MODULE_NAME = new PyStr("datetime");

    /** A type of this module: C's tp_name "datetime.NAME", so messages name it as CPython's do. */
    static PyType type(String name, PyType base, PyType.Constructor ctor) {
        PyType t = PyType.builtin("datetime." + name, base == null ? PyType.OBJECT : base, ctor);
        t.module = "datetime";
        t.qualname = name;
        // one str object for every type, as C's interned name is (pickle memoizes it by identity)
        t.dict.put("__module__", MODULE_NAME);
        if (ctor != null) {
            t.dict.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, kw) -> {
                if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                    throw Errors.typeError(t.name + ".__new__(X): X is not a type object");
                }
                if (!cls.isSubtypeOf(t)) {
                    throw Errors.typeError(t.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + t.name);
                }
                return ctor.construct(cls, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            }).withSelf(t)));
        }
        return t;
    }

    /** A read-only attribute computed from the instance. */
    static void getter(PyType t, String name, java.util.function.Function<PyObject, PyObject> get) {
        PyBuiltinFunction.Body readOnly = (a, kw) -> {
            throw Errors.attributeError("attribute '" + name + "' of '" + t.name + "' objects is not writable");
        };
        t.dict.put(name, new PyProperty(new PyBuiltinFunction(name, (a, kw) -> get.apply(a[0])), new PyBuiltinFunction(name, readOnly),
                new PyBuiltinFunction(name, readOnly), null));
    }

    /** self of a method, checked as CPython's descriptors check it. */
    static <T> T self(PyObject[] a, Class<T> cls, PyType t, String method) {
        if (a.length == 0 || !cls.isInstance(a[0])) {
            throw Errors.typeError("descriptor '" + method + "' for '" + t.name + "' objects doesn't apply to a '"
                    + (a.length == 0 ? "NoneType" : a[0].type().name) + "' object");
        }
        return cls.cast(a[0]);
    }

    static PyObject module(String name) {
        return Importer.current().importModule(name);
    }

    /** time.struct_time from its nine fields. */
    static PyObject structTime(int y, int m, int d, int hh, int mm, int ss, int wday, int yday, int dst) {
        PyObject st = module("time").getAttr("struct_time");
        return st.call(tuple(num(y), num(m), num(d), num(hh), num(mm), num(ss), num(wday), num(yday), num(dst)));
    }

    static String pad2(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    static String pad(int v, int width) {
        String s = Integer.toString(v);
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }
}

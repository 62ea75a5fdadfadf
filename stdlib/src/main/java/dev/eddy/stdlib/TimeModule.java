package dev.eddy.stdlib;

import dev.eddy.builtins.PyStructSeq;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyBool;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.TimeZone;

/** The time module: clocks, sleep, and struct_time conversions. */
public final class TimeModule implements ModuleProvider {
    private static final long START = System.nanoTime();
    static final PyType CLOCK_INFO = PyStructSeq.newType("types", "namespace", "implementation", "monotonic", "adjustable", "resolution");

    @Override
    public String name() {
        return "time";
    }

    static double seconds(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.toDouble();
        }
        PyObject m = o.type().lookup("__float__");
        if (m != null) {
            return ((PyFloat) Ops.callMethod(o, "__float__")).value;
        }
        return Ops.index(o, null).toDouble();
    }

    private static double now() {
        Instant i = Instant.now();
        return i.getEpochSecond() + i.getNano() / 1e9;
    }

    private static long cpuNanos() {
        try {
            ThreadMXBean b = ManagementFactory.getThreadMXBean();
            if (b.isCurrentThreadCpuTimeSupported()) {
                return b.getCurrentThreadCpuTime();
            }
        } catch (RuntimeException | LinkageError e) {
            // fall through
        }
        return System.nanoTime() - START;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("time");
        Mod.def(m, "time", (a, kw) -> new PyFloat(now()));
        Mod.def(m, "time_ns", (a, kw) -> {
            Instant i = Instant.now();
            return PyInt.of(Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano()));
        });
        Mod.def(m, "monotonic", (a, kw) -> new PyFloat(System.nanoTime() / 1e9));
        Mod.def(m, "monotonic_ns", (a, kw) -> PyInt.of(System.nanoTime()));
        Mod.def(m, "perf_counter", (a, kw) -> new PyFloat(System.nanoTime() / 1e9));
        Mod.def(m, "perf_counter_ns", (a, kw) -> PyInt.of(System.nanoTime()));
        Mod.def(m, "process_time", (a, kw) -> new PyFloat(cpuNanos() / 1e9));
        Mod.def(m, "process_time_ns", (a, kw) -> PyInt.of(cpuNanos()));
        Mod.def(m, "thread_time", (a, kw) -> new PyFloat(cpuNanos() / 1e9));
        Mod.def(m, "thread_time_ns", (a, kw) -> PyInt.of(cpuNanos()));
        Mod.def(m, "sleep", (a, kw) -> {
            Args.check("time.sleep", a, kw, 1, 1);
            double s = seconds(a[0]);
            if (Double.isNaN(s)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            if (s < 0) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            sleep(s);
            return PyNone.NONE;
        });
        Mod.def(m, "gmtime", (a, kw) -> {
            Args.check("gmtime", a, kw, 0, 1);
            return BrokenDownTime.of(at(a), ZoneOffset.UTC, true).toStruct();
        });
        Mod.def(m, "localtime", (a, kw) -> {
            Args.check("localtime", a, kw, 0, 1);
            return BrokenDownTime.of(at(a), ZoneId.systemDefault(), false).toStruct();
        });
        Mod.def(m, "mktime", (a, kw) -> {
            Args.check("mktime", a, kw, 1, 1);
            BrokenDownTime t = BrokenDownTime.fromArg(a[0], "mktime");
            try {
                return new PyFloat(t.toEpochSecond(ZoneId.systemDefault()));
            } catch (java.time.DateTimeException e) {
                throw Errors.overflow("mktime argument out of range");
            }
        });
        Mod.def(m, "strftime", (a, kw) -> {
            Args.check("strftime", a, kw, 1, 2);
            String fmt = Mod.str(a[0], "strftime() argument 1");
            BrokenDownTime t = a.length > 1 ? BrokenDownTime.fromArg(a[1], "strftime").checked()
                    : BrokenDownTime.of(Instant.now(), ZoneId.systemDefault(), false);
            return new PyStr(t.format(fmt, ZoneId.systemDefault()));
        });
        Mod.def(m, "strptime", (a, kw) -> {
            // as in CPython, the parsing is _strptime's (pure Python)
            PyObject module = dev.eddy.runtime.Importer.current().importModule("_strptime");
            return module.getAttr("_strptime_time").call(a, kw);
        });
        Mod.def(m, "asctime", (a, kw) -> {
            Args.check("asctime", a, kw, 0, 1);
            BrokenDownTime t = a.length > 0 ? BrokenDownTime.fromArg(a[0], "asctime").checked()
                    : BrokenDownTime.of(Instant.now(), ZoneId.systemDefault(), false);
            return new PyStr(t.format("%a %b %e %H:%M:%S %Y", ZoneId.systemDefault()));
        });
        Mod.def(m, "ctime", (a, kw) -> {
            Args.check("ctime", a, kw, 0, 1);
            return new PyStr(BrokenDownTime.of(at(a), ZoneId.systemDefault(), false).format("%a %b %e %H:%M:%S %Y", ZoneId.systemDefault()));
        });
        Mod.def(m, "get_clock_info", (a, kw) -> {
            Args.check("get_clock_info", a, kw, 1, 1);
            String name = Mod.str(a[0], "get_clock_info() argument");
            String impl;
            switch (name) {
                case "time": impl = "clock_gettime(CLOCK_REALTIME)"; break;
                case "monotonic": case "perf_counter": impl = "clock_gettime(CLOCK_MONOTONIC)"; break;
                case "process_time": impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"; break;
                case "thread_time": impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"; break;
                default: throw Errors.valueError("unknown clock");
            }
            return new dev.eddy.builtins.PyStructSeq(CLOCK_INFO, new PyStr(impl), PyBool.of(!name.equals("time")),
                    PyBool.of(name.equals("time")), new PyFloat(1e-09));
        });
        Mod.def(m, "clock_gettime", (a, kw) -> {
            Args.check("clock_gettime", a, kw, 1, 1);
            return new PyFloat(clock(Ops.toInt(a[0])) / 1e9);
        });
        Mod.def(m, "clock_gettime_ns", (a, kw) -> {
            Args.check("clock_gettime_ns", a, kw, 1, 1);
            return PyInt.of(clock(Ops.toInt(a[0])));
        });
        Mod.def(m, "clock_getres", (a, kw) -> {
            Args.check("clock_getres", a, kw, 1, 1);
            clock(Ops.toInt(a[0]));
            return new PyFloat(1e-09);
        });
        Mod.def(m, "tzset", (a, kw) -> PyNone.NONE);
        m.set("CLOCK_REALTIME", PyInt.of(0));
        m.set("CLOCK_MONOTONIC", PyInt.of(1));
        m.set("CLOCK_PROCESS_CPUTIME_ID", PyInt.of(2));
        m.set("CLOCK_THREAD_CPUTIME_ID", PyInt.of(3));
        m.set("CLOCK_MONOTONIC_RAW", PyInt.of(4));
        m.set("CLOCK_BOOTTIME", PyInt.of(7));
        m.set("CLOCK_TAI", PyInt.of(11));
        m.set("struct_time", BrokenDownTime.STRUCT_TIME);
        // the zone's standard and daylight-saving names and offsets, as C's tzset computes them
        TimeZone tz = TimeZone.getDefault();
        int std = tz.getRawOffset() / 1000;
        boolean daylight = tz.useDaylightTime();
        m.set("timezone", PyInt.of(-std));
        m.set("altzone", PyInt.of(-(std + (daylight ? tz.getDSTSavings() / 1000 : 0))));
        m.set("daylight", PyInt.of(daylight ? 1 : 0));
        m.set("tzname", new PyTuple(new PyObject[] {new PyStr(tz.getDisplayName(false, TimeZone.SHORT, Locale.US)),
            new PyStr(tz.getDisplayName(daylight, TimeZone.SHORT, Locale.US))}));
        m.set("_STRUCT_TM_ITEMS", PyInt.of(11));
        return m;
    }

    static void sleep(double s) {
        dev.eddy.runtime.Blocking.sleep((long) (s * 1e9));
    }

    private static Instant at(PyObject[] a) {
        if (a.length == 0 || a[0] == PyNone.NONE) {
            return Instant.now();
        }
        double s = seconds(a[0]);
        long sec = (long) Math.floor(s);
        return Instant.ofEpochSecond(sec, (long) ((s - sec) * 1e9));
    }

    /** clock_gettime: nanoseconds on the clock {@code id}. */
    private static long clock(int id) {
        switch (id) {
            case 0: case 11: {
                Instant i = Instant.now();
                return i.getEpochSecond() * 1_000_000_000L + i.getNano();
            }
            case 1: case 4: case 7: return System.nanoTime();
            case 2: case 3: return cpuNanos();
            default: throw dev.eddy.stdlib.io.Errno.error(22);
        }
    }
}

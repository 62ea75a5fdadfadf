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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** The time module: clocks, sleep, and struct_time conversions. */
public final class TimeModule implements ModuleProvider {
    static final PyType STRUCT_TIME = PyStructSeq.newType("time", "time.struct_time", "tm_year", "tm_mon", "tm_mday",
            "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst");
    private static final long START = System.nanoTime();

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
        Mod.def(m, "gmtime", (a, kw) -> structTime(at(a), ZoneOffset.UTC));
        Mod.def(m, "localtime", (a, kw) -> structTime(at(a), ZoneId.systemDefault()));
        Mod.def(m, "mktime", (a, kw) -> {
            Args.check("mktime", a, kw, 1, 1);
            PyObject[] t = Ops.toArray(a[0]);
            ZonedDateTime z = ZonedDateTime.of(Ops.toInt(t[0]), Ops.toInt(t[1]), Ops.toInt(t[2]), Ops.toInt(t[3]),
                    Ops.toInt(t[4]), Ops.toInt(t[5]), 0, ZoneId.systemDefault());
            return new PyFloat(z.toEpochSecond());
        });
        Mod.def(m, "strftime", (a, kw) -> {
            Args.check("strftime", a, kw, 1, 2);
            String fmt = Mod.str(a[0], "strftime() argument 1");
            ZonedDateTime z = a.length > 1 ? fromStruct(a[1]) : ZonedDateTime.now();
            return new PyStr(strftime(fmt, z));
        });
        Mod.def(m, "asctime", (a, kw) -> {
            Args.check("asctime", a, kw, 0, 1);
            return new PyStr(strftime("%a %b %d %H:%M:%S %Y", a.length > 0 ? fromStruct(a[0]) : ZonedDateTime.now()).replaceFirst(" 0(\\d) ", "  $1 "));
        });
        Mod.def(m, "ctime", (a, kw) -> {
            ZonedDateTime z = ZonedDateTime.ofInstant(at(a), ZoneId.systemDefault());
            String s = strftime("%a %b %d %H:%M:%S %Y", z);
            return new PyStr(z.getDayOfMonth() < 10 ? s.substring(0, 8) + " " + s.substring(9) : s);
        });
        m.set("struct_time", STRUCT_TIME);
        m.set("timezone", PyInt.of(-ZoneId.systemDefault().getRules().getOffset(Instant.now()).getTotalSeconds()));
        m.set("altzone", m.get("timezone"));
        m.set("daylight", PyInt.of(0));
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

    private static PyObject structTime(Instant i, ZoneId zone) {
        ZonedDateTime z = ZonedDateTime.ofInstant(i, zone);
        boolean dst = zone.getRules().isDaylightSavings(i);
        return new PyStructSeq(STRUCT_TIME, PyInt.of(z.getYear()), PyInt.of(z.getMonthValue()), PyInt.of(z.getDayOfMonth()),
                PyInt.of(z.getHour()), PyInt.of(z.getMinute()), PyInt.of(z.getSecond()), PyInt.of(z.getDayOfWeek().getValue() - 1),
                PyInt.of(z.getDayOfYear()), PyInt.of(dst ? 1 : 0));
    }

    private static ZonedDateTime fromStruct(PyObject o) {
        PyObject[] t = Ops.toArray(o);
        if (t.length < 6) {
            throw Errors.typeError("time tuple must have 9 elements");
        }
        return ZonedDateTime.of(Ops.toInt(t[0]), Math.max(1, Ops.toInt(t[1])), Math.max(1, Ops.toInt(t[2])), Ops.toInt(t[3]),
                Ops.toInt(t[4]), Math.min(59, Ops.toInt(t[5])), 0, ZoneId.systemDefault());
    }

    static String strftime(String fmt, ZonedDateTime z) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 == fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'Y': sb.append(z.getYear()); break;
                case 'y': sb.append(String.format("%02d", z.getYear() % 100)); break;
                case 'm': sb.append(String.format("%02d", z.getMonthValue())); break;
                case 'd': sb.append(String.format("%02d", z.getDayOfMonth())); break;
                case 'H': sb.append(String.format("%02d", z.getHour())); break;
                case 'I': sb.append(String.format("%02d", (z.getHour() + 11) % 12 + 1)); break;
                case 'M': sb.append(String.format("%02d", z.getMinute())); break;
                case 'S': sb.append(String.format("%02d", z.getSecond())); break;
                case 'p': sb.append(z.getHour() < 12 ? "AM" : "PM"); break;
                case 'j': sb.append(String.format("%03d", z.getDayOfYear())); break;
                case 'a': sb.append(z.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US)); break;
                case 'A': sb.append(z.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US)); break;
                case 'b': sb.append(z.getMonth().getDisplayName(TextStyle.SHORT, Locale.US)); break;
                case 'B': sb.append(z.getMonth().getDisplayName(TextStyle.FULL, Locale.US)); break;
                case 'w': sb.append(z.getDayOfWeek().getValue() % 7); break;
                case 'Z': sb.append(z.getZone().getDisplayName(TextStyle.SHORT, Locale.US)); break;
                case 'z': {
                    int off = z.getOffset().getTotalSeconds() / 60;
                    sb.append(off < 0 ? '-' : '+').append(String.format("%02d%02d", Math.abs(off) / 60, Math.abs(off) % 60));
                    break;
                }
                case 'c': sb.append(strftime("%a %b %d %H:%M:%S %Y", z)); break;
                case 'x': sb.append(strftime("%m/%d/%y", z)); break;
                case 'X': sb.append(strftime("%H:%M:%S", z)); break;
                case '%': sb.append('%'); break;
                default: sb.append('%').append(d);
            }
        }
        return sb.toString();
    }
}

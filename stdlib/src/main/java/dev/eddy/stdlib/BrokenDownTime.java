package dev.eddy.stdlib;

import dev.eddy.builtins.PyStructSeq;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.TimeZone;

/**
 * C's struct tm as time.struct_time holds it (year, month 1-12, day, hour, minute, second,
 * weekday with Monday 0, day of the year from 1, DST flag, zone name and UTC offset), and
 * strftime over its fields with the C library's directives in the C locale.
 */
record BrokenDownTime(int year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst,
                      String zone, Integer gmtoff) {

    static final PyType STRUCT_TIME = PyStructSeq.newType("time", "time.struct_time", 9, "tm_year", "tm_mon", "tm_mday",
            "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff");

    /** The broken-down time of an instant in a zone (localtime, gmtime). */
    static BrokenDownTime of(Instant i, ZoneId zone, boolean utc) {
        ZonedDateTime z = ZonedDateTime.ofInstant(i, zone);
        boolean dst = zone.getRules().isDaylightSavings(i);
        String name = utc ? "GMT" : TimeZone.getTimeZone(zone).getDisplayName(dst, TimeZone.SHORT, Locale.US);
        return new BrokenDownTime(z.getYear(), z.getMonthValue(), z.getDayOfMonth(), z.getHour(), z.getMinute(), z.getSecond(),
                z.getDayOfWeek().getValue() - 1, z.getDayOfYear(), dst ? 1 : 0, name, z.getOffset().getTotalSeconds());
    }

    PyObject toStruct() {
        return new PyStructSeq(STRUCT_TIME, PyInt.of(year), PyInt.of(mon), PyInt.of(mday), PyInt.of(hour), PyInt.of(min),
                PyInt.of(sec), PyInt.of(wday), PyInt.of(yday), PyInt.of(isdst),
                zone == null ? PyNone.NONE : new PyStr(zone), gmtoff == null ? PyNone.NONE : PyInt.of(gmtoff));
    }

    /** A struct_time or 9-tuple argument; {@code fn} names the function in errors. */
    static BrokenDownTime fromArg(PyObject o, String fn) {
        if (!(o instanceof PyStructSeq) && !(o instanceof dev.eddy.runtime.PyTuple)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        PyObject[] t = Ops.toArray(o);
        if (t.length != 9) {
            throw Errors.typeError(fn + "(): illegal time tuple argument");
        }
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) {
            v[i] = Ops.index(t[i], null).intValueExact();
        }
        String zone = null;
        Integer gmtoff = null;
        if (o instanceof PyStructSeq s) {
            PyObject z = s.lookupAttr("tm_zone");
            PyObject g = s.lookupAttr("tm_gmtoff");
            zone = z instanceof PyStr zs ? zs.value : null;
            gmtoff = g instanceof PyInt gi ? gi.intValueExact() : null;
        }
        return new BrokenDownTime(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], zone, gmtoff);
    }

    /** The range checks (and fix-ups of zeros) CPython's strftime and asctime make. */
    BrokenDownTime checked() {
        int m = mon == 0 ? 1 : mon;
        int d = mday == 0 ? 1 : mday;
        int yd = yday == 0 ? 1 : yday;
        int wd = wday < 0 ? Math.floorMod(wday, 7) : wday;
        if (m < 1 || m > 12) {
            throw Errors.valueError("month out of range");
        }
        if (d < 1 || d > 31) {
            throw Errors.valueError("day of month out of range");
        }
        if (hour < 0 || hour > 23) {
            throw Errors.valueError("hour out of range");
        }
        if (min < 0 || min > 59) {
            throw Errors.valueError("minute out of range");
        }
        if (sec < 0 || sec > 61) {
            throw Errors.valueError("seconds out of range");
        }
        if (wd > 6) {
            throw Errors.valueError("day of week out of range");
        }
        if (yd < 1 || yd > 366) {
            throw Errors.valueError("day of year out of range");
        }
        int dst = isdst < -1 ? -1 : isdst > 1 ? 1 : isdst;
        return new BrokenDownTime(year, m, d, hour, min, sec, wd, yd, dst, zone, gmtoff);
    }

    /** mktime: the local time these fields name, normalising out-of-range fields as C does. */
    long toEpochSecond(ZoneId zone) {
        LocalDateTime t = LocalDateTime.of(year, 1, 1, 0, 0)
                .plusMonths(mon - 1L).plusDays(mday - 1L).plusHours(hour).plusMinutes(min).plusSeconds(sec);
        return t.atZone(zone).toEpochSecond();
    }

    private static String two(int n) {
        return n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
    }

    private static String pad(int n, int width, char with) {
        StringBuilder s = new StringBuilder(Integer.toString(n));
        while (s.length() < width) {
            s.insert(0, with);
        }
        return s.toString();
    }

    private String dayName(TextStyle style) {
        return DayOfWeek.of(wday + 1).getDisplayName(style, Locale.US);
    }

    private String monthName(TextStyle style) {
        return java.time.Month.of(mon).getDisplayName(style, Locale.US);
    }

    /** strftime(format) over these fields, with glibc's directives in the C locale. */
    String format(String fmt, ZoneId local) {
        StringBuilder sb = new StringBuilder();
        int sunday0 = (wday + 1) % 7;
        int yday0 = yday - 1;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 == fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'Y' -> sb.append(year);
                case 'C' -> sb.append(two(Math.floorDiv(year, 100)));
                case 'y' -> sb.append(two(Math.floorMod(year, 100)));
                case 'm' -> sb.append(two(mon));
                case 'd' -> sb.append(two(mday));
                case 'e' -> sb.append(pad(mday, 2, ' '));
                case 'H' -> sb.append(two(hour));
                case 'k' -> sb.append(pad(hour, 2, ' '));
                case 'I' -> sb.append(two((hour + 11) % 12 + 1));
                case 'l' -> sb.append(pad((hour + 11) % 12 + 1, 2, ' '));
                case 'M' -> sb.append(two(min));
                case 'S' -> sb.append(two(sec));
                case 'p' -> sb.append(hour < 12 ? "AM" : "PM");
                case 'P' -> sb.append(hour < 12 ? "am" : "pm");
                case 'j' -> sb.append(pad(yday, 3, '0'));
                case 'a' -> sb.append(dayName(TextStyle.SHORT));
                case 'A' -> sb.append(dayName(TextStyle.FULL));
                case 'b', 'h' -> sb.append(monthName(TextStyle.SHORT));
                case 'B' -> sb.append(monthName(TextStyle.FULL));
                case 'w' -> sb.append(sunday0);
                case 'u' -> sb.append(wday + 1);
                case 'U' -> sb.append(two((yday0 + 7 - sunday0) / 7));
                case 'W' -> sb.append(two((yday0 + 7 - wday) / 7));
                case 'V', 'G', 'g' -> {
                    LocalDate date = LocalDate.ofYearDay(year, Math.min(yday, LocalDate.of(year, 1, 1).lengthOfYear()));
                    int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                    int wyear = date.get(IsoFields.WEEK_BASED_YEAR);
                    sb.append(d == 'V' ? two(week) : d == 'G' ? Integer.toString(wyear) : two(Math.floorMod(wyear, 100)));
                }
                case 'Z' -> sb.append(zone != null ? zone
                        : TimeZone.getTimeZone(local).getDisplayName(isdst > 0, TimeZone.SHORT, Locale.US));
                case 'z' -> {
                    int off = gmtoff != null ? gmtoff
                            : local.getRules().getOffset(Instant.ofEpochSecond(toEpochSecond(local))).getTotalSeconds();
                    int minutes = Math.abs(off) / 60;
                    sb.append(off < 0 ? '-' : '+').append(two(minutes / 60)).append(two(minutes % 60));
                }
                case 's' -> sb.append(toEpochSecond(local));
                case 'c' -> sb.append(format("%a %b %e %H:%M:%S %Y", local));
                case 'x', 'D' -> sb.append(format("%m/%d/%y", local));
                case 'X', 'T' -> sb.append(format("%H:%M:%S", local));
                case 'F' -> sb.append(format("%Y-%m-%d", local));
                case 'R' -> sb.append(format("%H:%M", local));
                case 'r' -> sb.append(format("%I:%M:%S %p", local));
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }
}

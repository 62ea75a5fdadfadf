package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.stdlib.io.Errno;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.TimeZone;

/** POSIX timestamps and local time: C's gmtime/localtime/mktime, over the system zone's rules (as the time module uses). */
final class Timestamps {
    private Timestamps() {
    }

    /** Ordinal of 1970-01-01. */
    static final long EPOCH_ORDINAL = 719163;
    static final long EPOCH_SECONDS = (EPOCH_ORDINAL - 1) * 86400L;
    static final long EPOCH_MICROS = EPOCH_SECONDS * 1_000_000L;
    private static final long MAX_FOLD_SECONDS = 24 * 3600;

    /**
     * A timestamp as whole seconds and microseconds, rounded half to even as C's
     * _PyTime_ObjectToTimeval does; {@code round} false gives whole seconds only (date.fromtimestamp).
     */
    static long[] split(PyObject ts, boolean round) {
        if (ts instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            double intPart = d < 0 ? Math.ceil(d) : Math.floor(d);
            double frac = d - intPart;
            double usd = Math.rint(frac * 1e6);
            if (!round) {
                usd = 0;
                // date.fromtimestamp takes the floor
                intPart = Math.floor(d);
            }
            long us = (long) usd;
            if (us >= 1_000_000) {
                us -= 1_000_000;
                intPart += 1;
            }
            if (us < 0) {
                us += 1_000_000;
                intPart -= 1;
            }
            if (!(intPart >= -9.223372036854776E18 && intPart < 9.223372036854776E18)) {
                throw Errors.overflow("timestamp out of range for platform time_t");
            }
            return new long[] {(long) intPart, us};
        }
        PyInt i = ts.asIndexOrNull();
        if (i == null || ts instanceof PyStr) {
            throw Errors.typeError("'" + ts.type().name + "' object cannot be interpreted as an integer");
        }
        if (i.isBig()) {
            throw Errors.overflow("timestamp out of range for platform time_t");
        }
        return new long[] {i.value, 0};
    }

    /** Broken-down UTC fields (y, m, d, H, M, S) of a timestamp, with C's errors for years out of range. */
    static int[] utc(long secs) {
        long days = Math.floorDiv(secs, 86400L);
        long rest = Math.floorMod(secs, 86400L);
        long ord = days + EPOCH_ORDINAL;
        long year;
        if (ord < -100_000_000_000L || ord > 100_000_000_000L) {
            year = Long.MAX_VALUE;
        } else {
            int[] ymd = ProlepticCalendar.fromOrdinal(ord);
            year = ord >= 1 && ord <= ProlepticCalendar.MAX_ORDINAL ? ymd[0] : approximateYear(ord);
        }
        if (year - 1900 > Integer.MAX_VALUE || year - 1900 < Integer.MIN_VALUE) {
            throw Errno.error(75);
        }
        if (year < 1 || year > 9999) {
            throw Errors.valueError("year " + year + " is out of range");
        }
        int[] ymd = ProlepticCalendar.fromOrdinal(ord);
        return new int[] {ymd[0], ymd[1], ymd[2], (int) (rest / 3600), (int) (rest / 60 % 60), (int) (rest % 60)};
    }

    private static long approximateYear(long ord) {
        long n = ord - 1;
        long n400 = Math.floorDiv(n, 146097);
        long r = Math.floorMod(n, 146097);
        long y = n400 * 400 + Math.min(r / 36524, 3) * 100;
        r -= Math.min(r / 36524, 3) * 36524;
        y += r / 1461 * 4;
        r %= 1461;
        y += Math.min(r / 365, 3);
        return y + 1;
    }

    private static ZoneRules rules() {
        return ZoneId.systemDefault().getRules();
    }

    /** The local UTC offset, in seconds, at a timestamp. */
    private static long offsetAt(long secs) {
        return rules().getOffset(Instant.ofEpochSecond(secs)).getTotalSeconds();
    }

    /** Broken-down local fields of a timestamp. */
    static int[] local(long secs) {
        long off;
        try {
            off = offsetAt(secs);
        } catch (java.time.DateTimeException e) {
            off = 0;
        }
        return utc(secs + off);
    }

    /** C's fold detection for a local time made from a timestamp: 1 when the same wall time came earlier. */
    static int localFold(long secs, int[] f) {
        long result = naiveSeconds(f[0], f[1], f[2], f[3], f[4], f[5]);
        long probe = secs - MAX_FOLD_SECONDS + offsetAt(secs - MAX_FOLD_SECONDS);
        long transition = result - probe - MAX_FOLD_SECONDS;
        if (transition < 0) {
            long p2 = secs + transition + offsetAt(secs + transition);
            if (p2 == result) {
                return 1;
            }
        }
        return 0;
    }

    /** Seconds since the Unix epoch of naive fields read as UTC. */
    static long naiveSeconds(int y, int m, int d, int hh, int mm, int ss) {
        return (ProlepticCalendar.toOrdinal(y, m, d) - EPOCH_ORDINAL) * 86400L + hh * 3600L + mm * 60L + ss;
    }

    /** Local wall-clock seconds of timestamp {@code u}; ValueError when its year leaves 1..9999, as C's local() does. */
    private static long localSeconds(long u) {
        long lt = u + offsetAt(u);
        long ord = Math.floorDiv(lt, 86400L) + EPOCH_ORDINAL;
        if (ord < 1 || ord > ProlepticCalendar.MAX_ORDINAL) {
            utc(lt);
        }
        return lt;
    }

    /** The timestamp (whole seconds) of a naive datetime read as local time, fold choosing in a repeated hour (C's local_to_seconds). */
    static long localToSeconds(PyDateTime dt) {
        long t = naiveSeconds(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second);
        long lt = localSeconds(t);
        long a = lt - t;
        long u1 = t - a;
        long t1 = localSeconds(u1);
        long b;
        if (t1 == t) {
            long u2 = dt.fold != 0 ? u1 + MAX_FOLD_SECONDS : u1 - MAX_FOLD_SECONDS;
            lt = localSeconds(u2);
            b = lt - u2;
            if (a == b) {
                return u1;
            }
        } else {
            b = t1 - u1;
        }
        long u2 = t - b;
        long t2 = localSeconds(u2);
        if (t2 == t) {
            return u2;
        }
        if (t1 == t) {
            return u1;
        }
        return dt.fold != 0 ? Math.min(u1, u2) : Math.max(u1, u2);
    }

    /** The local zone at a timestamp as a fixed-offset timezone named as C's tm_zone names it. */
    static PyTimezone localTimezone(long secs) {
        long off = offsetAt(secs);
        TimeZone tz = TimeZone.getDefault();
        boolean dst = tz.inDaylightTime(new java.util.Date(secs * 1000));
        String name = tz.getDisplayName(dst, TimeZone.SHORT, Locale.US);
        return PyTimezone.of(PyTimedelta.of(0, off, 0), name);
    }
}

package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

/**
 * The ISO 8601 parser of fromisoformat as Python 3.11 widened it: calendar and week dates,
 * basic and extended forms, any one-character separator, fractions of any length, and UTC
 * offsets down to microseconds.
 */
final class IsoFormatParser {
    private IsoFormatParser() {
    }

    /** Parsed fields; tzinfo is null when the string gave no offset. */
    record DateTimeFields(int year, int month, int day, int hour, int minute, int second, int us, PyObject tzinfo) {
    }

    /** The string being parsed, read as '\0' past its end (as C reads its terminator). */
    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s, int pos) {
            this.s = s;
            this.pos = pos;
        }

        char at(int i) {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        char peek() {
            return at(pos);
        }

        /** {@code n} ASCII digits as a number, or -1. */
        int digits(int n) {
            int v = 0;
            for (int i = 0; i < n; i++) {
                char c = at(pos);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
                pos++;
            }
            return v;
        }
    }

    private static String text(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("fromisoformat: argument must be str");
        }
        return s.value;
    }

    private static PyException invalid(String s) {
        return Errors.valueError("Invalid isoformat string: " + new PyStr(s).repr().value);
    }

    /** date.fromisoformat: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]. */
    static int[] parseDateOnly(PyObject o) {
        String s = text(o);
        int len = s.length();
        int[] ymd = len == 7 || len == 8 || len == 10 ? parseDate(s, len) : null;
        if (ymd == null) {
            throw invalid(s);
        }
        return ymd;
    }

    /** The date in s[0, len), or null when malformed. */
    private static int[] parseDate(String s, int len) {
        Cursor c = new Cursor(s, 0);
        int year = c.digits(4);
        if (year < 0) {
            return null;
        }
        boolean separated = c.peek() == '-';
        if (separated) {
            c.pos++;
        }
        if (c.peek() == 'W') {
            c.pos++;
            int week = c.digits(2);
            if (week < 0) {
                return null;
            }
            int day = 1;
            if (c.pos < len) {
                if (separated && c.at(c.pos++) != '-') {
                    return null;
                }
                day = c.digits(1);
                if (day < 0) {
                    return null;
                }
            }
            return isoToYmd(year, week, day);
        }
        int month = c.digits(2);
        if (month < 0) {
            return null;
        }
        if (separated && c.at(c.pos++) != '-') {
            return null;
        }
        int day = c.digits(2);
        if (day < 0) {
            return null;
        }
        return new int[] {year, month, day};
    }

    /** The calendar date of an ISO week date, or null for a week or weekday out of range. */
    private static int[] isoToYmd(int year, int week, int day) {
        if (week <= 0 || week >= 53) {
            if (!(week == 53 && hasWeek53(year))) {
                return null;
            }
        }
        if (day <= 0 || day >= 8) {
            return null;
        }
        long ord = ProlepticCalendar.isoWeek1Monday(year) + (week - 1) * 7L + day - 1;
        return ProlepticCalendar.fromOrdinal(ord);
    }

    private static boolean hasWeek53(int year) {
        int firstWeekday = (int) Math.floorMod(ProlepticCalendar.toOrdinal(year, 1, 1) + 6, 7);
        return firstWeekday == 3 || firstWeekday == 2 && ProlepticCalendar.isLeap(year);
    }

    /** date.fromisocalendar's checks and conversion. */
    static int[] fromIsoCalendar(int year, int week, int day) {
        if (year < ProlepticCalendar.MINYEAR || year > ProlepticCalendar.MAXYEAR) {
            throw Errors.valueError("Year is out of range: " + year);
        }
        if (week <= 0 || week >= 53) {
            if (!(week == 53 && hasWeek53(year))) {
                throw Errors.valueError("Invalid week: " + week);
            }
        }
        if (day <= 0 || day >= 8) {
            throw Errors.valueError("Invalid day: " + day + " (range is [1, 7])");
        }
        // past 9999-12-31 the constructor's check says "year 10000 is out of range", as C's does
        return ProlepticCalendar.fromOrdinal(ProlepticCalendar.isoWeek1Monday(year) + (week - 1) * 7L + day - 1);
    }

    /** Where the time starts after a date (C's _find_isoformat_datetime_separator). */
    private static int separatorIndex(String s) {
        int len = s.length();
        if (len == 7) {
            return 7;
        }
        Cursor c = new Cursor(s, 0);
        if (c.at(4) == '-') {
            if (c.at(5) == 'W') {
                if (len < 8) {
                    return -1;
                }
                if (len > 8 && c.at(8) == '-') {
                    if (len == 9) {
                        return -1;
                    }
                    if (len > 10 && Character.isDigit(c.at(10)) && c.at(10) < 128) {
                        return 8;
                    }
                    return 10;
                }
                return 8;
            }
            return 10;
        }
        if (c.at(4) == 'W') {
            int idx = 7;
            while (idx < len && c.at(idx) >= '0' && c.at(idx) <= '9') {
                idx++;
            }
            if (idx < 9) {
                return idx;
            }
            return idx % 2 == 0 ? 7 : 8;
        }
        return 8;
    }

    static DateTimeFields parseDateTime(PyObject o) {
        String s = text(o);
        int sep = separatorIndex(s);
        if (sep < 0) {
            throw invalid(s);
        }
        int[] ymd = parseDate(s, Math.min(sep, s.length()));
        if (ymd == null) {
            throw invalid(s);
        }
        int[] t = {0, 0, 0, 0};
        PyObject tz = null;
        if (s.length() > sep) {
            TimeResult r = parseTime(s, sep + 1);
            if (r == null) {
                throw invalid(s);
            }
            t = r.fields;
            tz = r.tzinfo;
        }
        return new DateTimeFields(ymd[0], ymd[1], ymd[2], t[0], t[1], t[2], t[3], tz);
    }

    static DateTimeFields parseTime(PyObject o) {
        String s = text(o);
        int start = !s.isEmpty() && s.charAt(0) == 'T' ? 1 : 0;
        TimeResult r = parseTime(s, start);
        if (r == null) {
            throw invalid(s);
        }
        return new DateTimeFields(1, 1, 1, r.fields[0], r.fields[1], r.fields[2], r.fields[3], r.tzinfo);
    }

    private record TimeResult(int[] fields, PyObject tzinfo) {
    }

    /** A time with an optional offset from s[start..]; null when malformed. */
    private static TimeResult parseTime(String s, int start) {
        int len = s.length();
        if (start >= len) {
            return null;
        }
        int tzPos = start;
        while (tzPos < len) {
            char ch = s.charAt(tzPos);
            if (ch == 'Z' || ch == '+' || ch == '-') {
                break;
            }
            tzPos++;
        }
        int[] f = new int[4];
        int rv = hhmmssff(s, start, tzPos, f);
        if (rv < 0) {
            return null;
        }
        if (tzPos == len) {
            return rv == 1 ? null : new TimeResult(f, null);
        }
        if (s.charAt(tzPos) == 'Z') {
            return tzPos + 1 == len ? new TimeResult(f, PyTimezone.UTC) : null;
        }
        int sign = s.charAt(tzPos) == '-' ? -1 : 1;
        int[] z = new int[4];
        rv = hhmmssff(s, tzPos + 1, len, z);
        if (rv != 0) {
            return null;
        }
        int offset = sign * (z[0] * 3600 + z[1] * 60 + z[2]);
        if (offset == 0) {
            return new TimeResult(f, PyTimezone.UTC);
        }
        return new TimeResult(f, PyTimezone.of(PyTimedelta.of(0, offset, (long) sign * z[3]), null));
    }

    /**
     * HH[:MM[:SS[.f+]]] (or without colons) from s[start, end) into f; 0 when it ends the
     * string, 1 when characters follow it, negative when malformed (C's parse_hh_mm_ss_ff).
     */
    private static int hhmmssff(String s, int start, int end, int[] f) {
        Cursor c = new Cursor(s, start);
        boolean separated = true;
        for (int i = 0; i < 3; i++) {
            int v = c.digits(2);
            if (v < 0) {
                return -3;
            }
            f[i] = v;
            char ch = c.at(c.pos++);
            if (i == 0) {
                separated = ch == ':';
            }
            if (ch == '\0' || c.pos >= end) {
                return ch != '\0' ? 1 : 0;
            } else if (separated && ch == ':') {
                continue;
            } else if (ch == '.' || ch == ',') {
                break;
            } else if (!separated) {
                c.pos--;
            } else {
                return -4;
            }
        }
        int remaining = end - c.pos;
        int toParse = Math.min(remaining, 6);
        if (toParse <= 0) {
            return -3;
        }
        int v = c.digits(toParse);
        if (v < 0) {
            return -3;
        }
        for (int i = toParse; i < 6; i++) {
            v *= 10;
        }
        f[3] = v;
        while (c.pos < s.length() && c.at(c.pos) >= '0' && c.at(c.pos) <= '9') {
            c.pos++;
        }
        return c.pos < s.length() ? 1 : 0;
    }
}

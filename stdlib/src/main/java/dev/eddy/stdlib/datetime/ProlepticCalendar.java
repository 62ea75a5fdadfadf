package dev.eddy.stdlib.datetime;

/** Day arithmetic of the proleptic Gregorian calendar that datetime uses: ordinals, weekdays, ISO weeks. */
final class ProlepticCalendar {
    private ProlepticCalendar() {
    }

    static final int MINYEAR = 1;
    static final int MAXYEAR = 9999;
    /** The ordinal of 9999-12-31. */
    static final int MAX_ORDINAL = 3652059;

    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int[] DAYS_BEFORE_MONTH = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int daysInMonth(int year, int month) {
        return month == 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month];
    }

    static int daysBeforeMonth(int year, int month) {
        return DAYS_BEFORE_MONTH[month] + (month > 2 && isLeap(year) ? 1 : 0);
    }

    static long daysBeforeYear(long year) {
        long y = year - 1;
        return y * 365 + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400);
    }

    /** The ordinal of a date, 0001-01-01 being 1. */
    static long toOrdinal(int year, int month, int day) {
        return daysBeforeYear(year) + daysBeforeMonth(year, month) + day;
    }

    /** Year, month and day of an ordinal (any ordinal; the caller checks the year's range). */
    static int[] fromOrdinal(long ordinal) {
        long n = ordinal - 1;
        long n400 = Math.floorDiv(n, 146097);
        n = Math.floorMod(n, 146097);
        long n100 = n / 36524;
        n %= 36524;
        long n4 = n / 1461;
        n %= 1461;
        long n1 = n / 365;
        n %= 365;
        long year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
        if (n1 == 4 || n100 == 4) {
            return new int[] {(int) (year - 1), 12, 31};
        }
        int y = (int) year;
        int month = (int) ((n + 50) >> 5);
        int preceding = daysBeforeMonth(y, month);
        if (preceding > n) {
            month--;
            preceding = daysBeforeMonth(y, month);
        }
        return new int[] {y, month, (int) (n - preceding + 1)};
    }

    /** Monday is 0. */
    static int weekday(int year, int month, int day) {
        return (int) Math.floorMod(toOrdinal(year, month, day) + 6, 7);
    }

    /** The ordinal of the Monday of ISO week 1 of {@code year}. */
    static long isoWeek1Monday(int year) {
        long firstDay = toOrdinal(year, 1, 1);
        long firstWeekday = Math.floorMod(firstDay + 6, 7);
        long monday = firstDay - firstWeekday;
        if (firstWeekday > 3) {
            monday += 7;
        }
        return monday;
    }

    /** ISO year, week and weekday (1..7) of a date. */
    static int[] isoCalendar(int year, int month, int day) {
        int y = year;
        long week1 = isoWeek1Monday(y);
        long today = toOrdinal(year, month, day);
        long week = Math.floorDiv(today - week1, 7);
        long dow = Math.floorMod(today - week1, 7);
        if (week < 0) {
            y--;
            week1 = isoWeek1Monday(y);
            week = Math.floorDiv(today - week1, 7);
            dow = Math.floorMod(today - week1, 7);
        } else if (week >= 52 && today >= isoWeek1Monday(y + 1)) {
            y++;
            week = 0;
        }
        return new int[] {y, (int) week + 1, (int) dow + 1};
    }
}

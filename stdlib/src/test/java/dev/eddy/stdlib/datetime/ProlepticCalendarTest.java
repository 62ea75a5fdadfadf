package dev.eddy.stdlib.datetime;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The calendar arithmetic checked day by day against java.time's proleptic ISO calendar. */
class ProlepticCalendarTest {
    private static final LocalDate DAY_ONE = LocalDate.of(1, 1, 1);

    @Test
    void ordinalsWeekdaysAndIsoWeeksAgreeWithJavaTime() {
        for (LocalDate d = DAY_ONE; d.getYear() <= 9999; d = d.plusDays(d.getYear() < 1700 || d.getYear() > 2100 ? 7 : 1)) {
            long ordinal = ChronoUnit.DAYS.between(DAY_ONE, d) + 1;
            int y = d.getYear();
            int m = d.getMonthValue();
            int day = d.getDayOfMonth();
            assertEquals(ordinal, ProlepticCalendar.toOrdinal(y, m, day), d.toString());
            assertArrayEquals(new int[] {y, m, day}, ProlepticCalendar.fromOrdinal(ordinal), d.toString());
            assertEquals(d.getDayOfWeek().getValue() - 1, ProlepticCalendar.weekday(y, m, day), d.toString());
            assertArrayEquals(new int[] {d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), d.getDayOfWeek().getValue()},
                    ProlepticCalendar.isoCalendar(y, m, day), d.toString());
        }
    }

    @Test
    void limits() {
        assertEquals(ProlepticCalendar.MAX_ORDINAL, ProlepticCalendar.toOrdinal(9999, 12, 31));
        assertArrayEquals(new int[] {10000, 1, 1}, ProlepticCalendar.fromOrdinal(ProlepticCalendar.MAX_ORDINAL + 1));
        assertArrayEquals(new int[] {0, 12, 31}, ProlepticCalendar.fromOrdinal(0));
        assertEquals(29, ProlepticCalendar.daysInMonth(2000, 2));
        assertEquals(28, ProlepticCalendar.daysInMonth(1900, 2));
    }
}

package org.faultline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate JUNE_9 = LocalDate.of(2016, 6, 9);

    @Test
    void isoAcceptsDatesAndTimestampsAndKeepsTheWrittenDay() {
        assertEquals(JUNE_9, Dates.parseIso("2016-06-09"));
        assertEquals(JUNE_9, Dates.parseIso(" 2016-06-09T23:30:00-05:00 "));
        assertEquals(JUNE_9, Dates.parseIso("2016-06-09T00:10:00+0300"));
        assertEquals(JUNE_9, Dates.parseIso("2016-06-09 08:00:00"));
        assertEquals(JUNE_9, Dates.parseIso("2016-06-09T08:00:00.5Z[Europe/London]"));
    }

    @Test
    void isoRejectsOtherShapesAndImpossibleDates() {
        assertNull(Dates.parseIso("2016-6-9"));
        assertNull(Dates.parseIso("09/06/2016"));
        assertNull(Dates.parseIso("2016-06-31"));
        assertNull(Dates.parseIso("2016-06-09junk"));
        assertNull(Dates.parseIso("June 9, 2016"));
    }

    @Test
    void lenientAcceptsCommonCmsFormats() {
        assertEquals(JUNE_9, Dates.parseLenient("2016/06/09 10:00"));
        assertEquals(JUNE_9, Dates.parseLenient("2016.6.9"));
        assertEquals(JUNE_9, Dates.parseLenient("20160609"));
        assertEquals(JUNE_9, Dates.parseLenient("Thu, 9 Jun 2016 10:00:00 GMT"));
        assertEquals(JUNE_9, Dates.parseLenient("June 9, 2016"));
        assertEquals(JUNE_9, Dates.parseLenient("Thursday, June 9th, 2016"));
        assertEquals(JUNE_9, Dates.parseLenient("9 June 2016"));
        assertEquals(LocalDate.of(2016, 9, 3), Dates.parseLenient("Sept. 3, 2016"));
    }

    @Test
    void lenientRejectsWhatIsNotADate() {
        assertNull(Dates.parseLenient(null));
        assertNull(Dates.parseLenient("  "));
        assertNull(Dates.parseLenient("last Tuesday"));
        assertNull(Dates.parseLenient("Marching 3, 2016"));
        assertNull(Dates.parseLenient("2016/02/30"));
        assertNull(Dates.parseLenient("201606091"));
    }
}

package org.faultline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexValuesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 6, 9); // a Thursday

    @Test
    void keepsExplicitDatesAtTheirPrecision() {
        assertEquals("2016-05-23", TimexValues.resolve("2016-05-23", "DATE", "23 May", PUBLISHED, false));
        assertEquals("2015-02", TimexValues.resolve("2015-02", "DATE", "February 2015", PUBLISHED, false));
        assertEquals("2004", TimexValues.resolve("2004", "DATE", "2004", PUBLISHED, false));
    }

    @Test
    void weekdayAfterPublicationMeansTheLastOne() {
        assertEquals("2016-06-04", TimexValues.resolve("2016-06-11", "DATE", "Saturday", PUBLISHED, false));
        assertEquals("2016-06-07", TimexValues.resolve("2016-06-07", "DATE", "on Tuesday", PUBLISHED, false));
    }

    @Test
    void theWeekdayNamedDecidesWhenTheValueIsAnotherDay() {
        // SUTime reads "Monday, the second" as a time on the published day
        assertEquals("2016-06-06", TimexValues.resolve("2016-06-09TXX:XX", "TIME", "Monday, the second", PUBLISHED, false));
    }

    @Test
    void anAgeIsNoTimeBack() {
        assertNull(TimexValues.resolve("P23Y", "DURATION", "23-year-old", PUBLISHED, true), "a 23-year-old man");
        assertEquals("1993", TimexValues.resolve("P23Y", "DURATION", "23 years", PUBLISHED, true));
    }

    @Test
    void vagueReferencesTakeThePublishedDay() {
        assertEquals("2016-06-09", TimexValues.resolve("PXM", "DURATION", "recent months", PUBLISHED, false));
        assertEquals("2016-06-09", TimexValues.resolve("PAST_REF", "DATE", "recently", PUBLISHED, false));
        assertEquals("2016-06-09", TimexValues.resolve("PRESENT_REF", "DATE", "now", PUBLISHED, false));
    }

    @Test
    void weeksBecomeTheirMonthAndYearsBackCountFromPublication() {
        assertEquals("2016-06", TimexValues.resolve("2016-W22", "DATE", "last week", PUBLISHED, false));
        assertEquals("2014", TimexValues.resolve("P2Y", "DURATION", "two years", PUBLISHED, true));
        assertNull(TimexValues.resolve("P1Y", "DURATION", "a year", PUBLISHED, false));
    }

    @Test
    void precisionFollowsTheLength() {
        assertEquals("day", TimexValues.precision("2016-05-23"));
        assertEquals("month", TimexValues.precision("2016-05"));
        assertEquals("year", TimexValues.precision("2016"));
    }
}

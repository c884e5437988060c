package org.faultline.store.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline rule on claims written for the test: ties, precision, parties and ends stated in advance. */
class ControlTimelineTest {
    private static final ControlAnswer.Place TOWN = new ControlAnswer.Place("gn:1", "Town", "XXX", 1.0, 2.0, 1L);

    private static Claim claim(String actor, String country, String start, String end) {
        return new Claim(actor, actor + " name", Claim.partyOf(actor, country), start, end,
                new Evidence("a-" + actor + start, "2020-01-01", "s", 0, 1, "held", 0, 4));
    }

    private static ControlAnswer at(String day, Claim... claims) {
        return new ControlTimeline(List.of(claims)).answer(TOWN, LocalDate.parse(day));
    }

    @Test
    void twoPartiesTakingItTheSameDayContestIt() {
        ControlAnswer a = at("2020-05-02", claim("A", null, "2020-05-01", null), claim("B", null, "2020-05-01", null));
        assertEquals("contested", a.status());
        assertEquals(List.of("A", "B"), a.controllers().stream().map(ControlAnswer.Controller::id).toList());
    }

    @Test
    void aMonthCountsFromItsFirstDayAndKeepsItsPrecision() {
        Claim a = claim("A", null, "2019", null);
        Claim b = claim("B", null, "2020-05", null);
        assertEquals("A", at("2020-04-30", a, b).controllers().get(0).id());
        ControlAnswer may = at("2020-05-01", a, b);
        assertEquals("B", may.controllers().get(0).id());
        assertEquals("2020-05", may.controllers().get(0).since());
        assertEquals("2020-05", may.history().get(0).to(), "the end keeps the taker's precision");
    }

    @Test
    void aStatesArmyAndGovernmentAreOneParty() {
        ControlAnswer a = at("2020-06-01", claim("XXX/GOV", "XXX", "2020-01-01", null),
                claim("XXX/MIL", "XXX", "2020-03-01", null));
        assertEquals("held", a.status());
        assertEquals("XXX/MIL", a.controllers().get(0).id(), "named by its latest statement");
        assertEquals("2020-01-01", a.controllers().get(0).since());
        assertEquals(1, a.history().size());
    }

    @Test
    void anEndBeforeAStartDoesNotEndIt() {
        Claim lost = claim("A", null, null, "2019-06-01");
        Claim retaken = claim("A", null, "2020-01-01", null);
        assertEquals("held", at("2020-02-01", lost, retaken).status());
        ControlAnswer before = at("2019-07-01", lost, retaken);
        assertEquals("unknown", before.status());
        assertEquals(List.of("null..2019-06-01", "2020-01-01..null"),
                before.history().stream().map(p -> p.from() + ".." + p.to()).toList());
    }

    @Test
    void anUntilInTheSameStatementEndsIt() {
        Claim a = claim("A", null, "2015", "2018-03");
        assertEquals("held", at("2018-02-28", a).status());
        assertEquals("unknown", at("2018-03-01", a).status());
        assertEquals("lost", at("2018-03-01", a).history().get(0).ended());
    }
}

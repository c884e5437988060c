package org.faultline.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Place;

/**
 * The process {@link CrashSafetyTest} kills: stores {@code N} hand-built analyses one by one into the
 * store at {@code DB}, printing "stored I" after each, so the test can kill it mid-way.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        try (Store s = Store.open(db)) {
            for (int i = 0; i < n; i++) {
                s.put(analysis(i));
                System.out.println("stored " + i);
                System.out.flush();
            }
        }
        System.out.println("done");
    }

    /** Article i: three events and a relation, on a day and at a place that vary with i. */
    static Analysis analysis(int i) {
        Place[] places = {Fixtures.MOSUL, Fixtures.KIRKUK, Fixtures.BAGHDAD, Fixtures.HAMAM};
        Place p = places[i % places.length];
        String day = LocalDate.of(2016, 1, 1).plusDays(i % 90).toString();
        return Fixtures.analysis(Fixtures.article("crash-" + i, LocalDate.of(2016, 4, 1), "outlet" + (i % 7),
                        "https://example.org/" + i),
                List.of(Fixtures.event("ASSAULT", List.of(Fixtures.isis()), List.of(Fixtures.civilians()), p, day,
                                Map.of("killed", (long) i)),
                        Fixtures.event("ASSAULT", List.of(Fixtures.iraqArmy()), List.of(Fixtures.isis()), p, day, Map.of()),
                        Fixtures.event("PROTEST", List.of(Fixtures.civilians()), List.of(), Fixtures.BAGHDAD, day, Map.of())),
                List.of(Fixtures.relation("SUPPORTS", Fixtures.ypg(), Fixtures.sdf(), day)));
    }
}

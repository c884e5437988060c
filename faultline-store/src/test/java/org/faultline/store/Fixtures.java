package org.faultline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.CountFact;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.EventDate;
import org.faultline.analysis.Place;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Relation;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;

/** Hand-built analyses for store tests (no NLP): one fixed text, actors and places from a small cast. */
public final class Fixtures {
    public static final String TEXT = "Islamic State fighters attacked Mosul on Sunday, killing 12 civilians. "
            + "The Iraqi army shelled positions near Kirkuk. The YPG backs the SDF against Islamic State. "
            + "Peshmerga forces fought near Erbil. Protesters rallied in Baghdad \uD83D\uDE00 on Monday.";

    public static final Place MOSUL = point("gn:99072", "Mosul", 36.335, 43.119, "IRQ", "Nineveh");
    public static final Place TALL_AFAR = point("gn:97783", "Tall Afar", 36.376, 42.449, "IRQ", "Nineveh"); // ~60 km
    public static final Place HAMAM = point("gn:95788", "Hammam al-Alil", 36.158, 43.259, "IRQ", "Nineveh"); // ~23 km
    public static final Place KIRKUK = point("gn:94787", "Kirkuk", 35.468, 44.392, "IRQ", "Kirkuk");
    public static final Place BAGHDAD = point("gn:98182", "Baghdad", 33.341, 44.401, "IRQ", "Baghdad");
    public static final Place IRAQ = new Place("gn:99237", "Iraq", 33.0, 44.0, "IRQ", null, 99237L, "PCLI", "country",
            List.of());
    public static final Place SYRIA = new Place("gn:163843", "Syria", 35.0, 38.0, "SYR", null, 163843L, "PCLI",
            "country", List.of());

    private Fixtures() {
    }

    public static Place point(String id, String name, double lat, double lon, String country, String admin1) {
        return new Place(id, name, lat, lon, country, admin1, Long.parseLong(id.substring(3)), "PPLA", "point",
                List.of(span(name)));
    }

    public static ActorRef isis() {
        return ref("ISIS", "Islamic State", "JIHADIST", null, "Islamic State");
    }

    public static ActorRef iraqArmy() {
        return ref("IRQ/MIL", "Iraq military", "STATE_FORCES", "IRQ", "Iraqi army");
    }

    public static ActorRef civilians() {
        return ref("generic:civilians@IRQ", "civilians", "CIVILIANS", "IRQ", "civilians");
    }

    public static ActorRef ypg() {
        return ref("YPG", "People's Protection Units", "REBEL", "SYR", "YPG");
    }

    public static ActorRef sdf() {
        return ref("SDF", "Syrian Democratic Forces", "REBEL", "SYR", "SDF");
    }

    public static ActorRef peshmerga() {
        return ref("PESHMERGA", "Peshmerga", "STATE_FORCES", "IRQ", "Peshmerga");
    }

    public static ActorRef ref(String id, String name, String type, String country, String text) {
        return new ActorRef(id, name, text, country, type, true, span(text));
    }

    /** The span of the first occurrence of {@code s} in {@link #TEXT} (its first word when absent). */
    public static Span span(String s) {
        int i = TEXT.indexOf(s);
        return i < 0 ? new Span(0, 7) : new Span(i, i + s.length());
    }

    public static Article article(String id, LocalDate published, String source, String url) {
        return new Article(id, published, "Title " + id, source, url, TEXT, id + ".jsonl:1");
    }

    public static Event event(String type, List<ActorRef> source, List<ActorRef> target, Place place, String date,
                              Map<String, Long> counts) {
        String precision = date == null ? null : date.length() == 4 ? "year" : date.length() == 7 ? "month" : "day";
        return new Event(type, type.equals("ASSAULT") ? "heavy-weapons" : null, source, target,
                place == null ? null : new PlaceRef(place, span(place.name()), "sentence"),
                date == null ? null : new EventDate(date, precision, span("Sunday"), "timex"), "asserted", counts,
                new Span(0, 70), span("attacked"), null,
                new EventCodes(type.equals("ASSAULT") ? "19" : "14", 4, type.equals("ASSAULT")
                        ? "Explosions/Remote violence" : "Protests", type.equals("ASSAULT")
                        ? "Shelling/artillery/missile attack" : "Peaceful protest"));
    }

    public static Relation relation(String type, ActorRef source, ActorRef target, String date) {
        return new Relation(type, source, target, null, date, new Span(117, 162), span("backs"));
    }

    /** An analysis of {@link #TEXT} with the actors and places its events and relations name. */
    public static Analysis analysis(Article article, List<Event> events, List<Relation> relations) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        List<ActorRef> refs = new ArrayList<>();
        for (Event e : events) {
            refs.addAll(e.source());
            refs.addAll(e.target());
            if (e.place() != null) {
                places.putIfAbsent(e.place().place().id(), e.place().place());
            }
        }
        relations.forEach(r -> {
            refs.add(r.source());
            refs.add(r.target());
        });
        for (ActorRef r : refs) {
            actors.putIfAbsent(r.id(), new Actor(r.id(), r.name(), r.type(), r.country(), null, null, true,
                    List.of(r.text()), List.of(r.mention())));
        }
        List<CountFact> counts = List.of(new CountFact("killed", 12, null, "civilians", "Mosul", span("killing 12 civilians")));
        return new Analysis(article, events, List.copyOf(actors.values()), List.copyOf(places.values()), relations,
                counts);
    }

    /** A one-event analysis: {@code type} by {@code source} on {@code target} at {@code place} on {@code date}. */
    public static Analysis single(String articleId, String source, String type, List<ActorRef> src, List<ActorRef> tgt,
                                  Place place, String date) {
        return analysis(article(articleId, LocalDate.of(2016, 6, 9), source, "https://" + source + "/" + articleId),
                List.of(event(type, src, tgt, place, date, Map.of())), List.of());
    }

    /**
     * A small corpus: an ISIS attack near Mosul reported by three articles from two outlets, a protest in
     * Baghdad, Iraqi army shelling at Kirkuk a week later (month-precision in one report), and relations
     * YPG SUPPORTS SDF (twice) and ISIS HOSTILE Peshmerga.
     */
    public static List<Analysis> corpus() {
        LocalDate june9 = LocalDate.of(2016, 6, 9);
        ActorRef protesters = ref("generic:protesters@IRQ", "protesters", "PROTESTERS", "IRQ", "Protesters");
        return List.of(
                analysis(article("bbc-1", june9, "BBC", "https://bbc.co.uk/1"),
                        List.of(event("ASSAULT", List.of(isis()), List.of(civilians()), MOSUL, "2016-06-05",
                                Map.of("killed", 12L))),
                        List.of(relation("SUPPORTS", ypg(), sdf(), "2016-06-09"))),
                analysis(article("bbc-2", june9, "BBC", "https://bbc.co.uk/2"),
                        List.of(event("ASSAULT", List.of(isis()), List.of(civilians()), HAMAM, "2016-06-06",
                                Map.of("killed", 15L)),
                                event("PROTEST", List.of(protesters), List.of(), BAGHDAD, "2016-06-06", Map.of())),
                        List.of(relation("SUPPORTS", ypg(), sdf(), "2016-06-09"))),
                analysis(article("afp-1", LocalDate.of(2016, 6, 10), "AFP", null),
                        List.of(event("ASSAULT", List.of(isis()), List.of(), IRAQ, "2016-06", Map.of()),
                                event("ASSAULT", List.of(iraqArmy()), List.of(isis()), KIRKUK, "2016-06-13",
                                        Map.of("killed", 3L))),
                        List.of(relation("HOSTILE", isis(), peshmerga(), "2016-06-20"))),
                analysis(article("afp-2", LocalDate.of(2016, 6, 14), "AFP", "https://afp.com/2"),
                        List.of(event("ASSAULT", List.of(iraqArmy()), List.of(isis()), KIRKUK, "2016-06-13",
                                Map.of("killed", 4L))),
                        List.of()));
    }
}

package org.faultline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.EventDate;
import org.faultline.analysis.Place;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Relation;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;

/**
 * Hand-built analyses for the control view (no NLP), each span pointing into its own article text:
 * <ol>
 * <li>fx-1, 2013-12-20: the Iraqi government holds Fallujah (dated by the published date);</li>
 * <li>fx-2, 2014-01-05: Islamic State seizes "Falluja" on 3 January 2014 (a capture in another article);</li>
 * <li>fx-3, 2016-06-27: Iraqi forces recapture Fallujah on 26 June 2016; Islamic State has held "al-Mawsil"
 * (Mosul) since 10 June 2014;</li>
 * <li>fx-4, 2016-07-10: the Iraqi army lost control of Fallujah on 9 July 2016 (invented for the test: an
 * end stated without a start);</li>
 * <li>fx-5, 2016-08-02: Iraqi troops retake Fallujah on 1 August 2016.</li>
 * </ol>
 * Captures also come as ASSAULT events, so the store has points on the map and the timeline.
 */
public final class ControlFixtures {
    public static final Place FALLUJAH = new Place("gn:99454", "Al Fall\u016bjah", 33.349, 43.784, "IRQ", "Anbar",
            99454L, "PPLA2", "point", List.of());
    public static final Place MOSUL = new Place("gn:99072", "Mosul", 36.335, 43.119, "IRQ", "Nineveh", 99072L,
            "PPLA", "point", List.of());

    static final String[] TEXTS = {
        "The Iraqi government holds Fallujah, a city west of Baghdad.",
        "Islamic State fighters seized Falluja on 3 January 2014.",
        "Iraqi forces recaptured Fallujah from Islamic State on 26 June 2016. "
            + "Islamic State has held al-Mawsil since 10 June 2014.",
        "The Iraqi army lost control of Fallujah on 9 July 2016.",
        "Iraqi troops retook Fallujah on 1 August 2016."};

    private ControlFixtures() {
    }

    /** The five articles, oldest first. */
    public static List<Analysis> all() {
        return List.of(
                article("fx-1", "2013-12-20", TEXTS[0], List.of(
                        holds(TEXTS[0], iraq("IRQ/GOV", "Iraq government", "The Iraqi government"), FALLUJAH,
                                "Fallujah", "holds", "2013-12-20", null)), List.of()),
                article("fx-2", "2014-01-05", TEXTS[1], List.of(
                        holds(TEXTS[1], isis(), FALLUJAH, "Falluja", "seized", "2014-01-03", null)),
                        List.of(capture(TEXTS[1], isis(), FALLUJAH, "Falluja", "seized", "2014-01-03"))),
                article("fx-3", "2016-06-27", TEXTS[2], List.of(
                        holds(TEXTS[2], iraq("IRQ/MIL", "Iraq military", "Iraqi forces"), FALLUJAH, "Fallujah",
                                "recaptured", "2016-06-26", null),
                        holds(TEXTS[2], isis(), MOSUL, "al-Mawsil", "held", "2014-06-10", null)),
                        List.of(capture(TEXTS[2], iraq("IRQ/MIL", "Iraq military", "Iraqi forces"), FALLUJAH,
                                "Fallujah", "recaptured", "2016-06-26"))),
                article("fx-4", "2016-07-10", TEXTS[3], List.of(
                        holds(TEXTS[3], iraq("IRQ/MIL", "Iraq military", "The Iraqi army"), FALLUJAH, "Fallujah",
                                "lost", null, "2016-07-09")), List.of()),
                article("fx-5", "2016-08-02", TEXTS[4], List.of(
                        holds(TEXTS[4], iraq("IRQ/MIL", "Iraq military", "Iraqi troops"), FALLUJAH, "Fallujah",
                                "retook", "2016-08-01", null)),
                        List.of(capture(TEXTS[4], iraq("IRQ/MIL", "Iraq military", "Iraqi troops"), FALLUJAH,
                                "Fallujah", "retook", "2016-08-01"))));
    }

    /** A fresh store at {@code db} holding {@link #all()}. */
    public static Store store(java.nio.file.Path db) {
        Store s = Store.open(db);
        all().forEach(s::put);
        return s;
    }

    private static Holder isis() {
        return new Holder("ISIS", "Islamic State", null, "Islamic State");
    }

    private static Holder iraq(String id, String name, String text) {
        return new Holder(id, name, "IRQ", text);
    }

    private record Holder(String id, String name, String country, String text) {
        ActorRef ref(String article) {
            return new ActorRef(id, name, text, country, country == null ? "JIHADIST" : "STATE_FORCES", true,
                    span(article, text));
        }
    }

    /** The span of the first occurrence of {@code s} in {@code text}; a fixture naming a missing word fails. */
    static Span span(String text, String s) {
        int i = text.indexOf(s);
        if (i < 0) {
            throw new IllegalArgumentException("\"" + s + "\" is not in \"" + text + "\"");
        }
        return new Span(i, i + s.length());
    }

    /** The sentence of the article that holds {@code word}. */
    private static Span sentence(String text, String word) {
        int at = text.indexOf(word);
        int start = text.lastIndexOf(". ", at);
        int end = text.indexOf('.', at);
        return new Span(start < 0 ? 0 : start + 2, end + 1);
    }

    private static Relation holds(String text, Holder h, Place place, String surface, String cue, String start,
                                  String end) {
        return new Relation("CONTROLS", h.ref(text), null, new PlaceRef(place, span(text, surface), "sentence"), start,
                sentence(text, cue), span(text, cue), end);
    }

    private static Event capture(String text, Holder h, Place place, String surface, String cue, String day) {
        return new Event("ASSAULT", null, List.of(h.ref(text)), List.of(),
                new PlaceRef(place, span(text, surface), "sentence"), new EventDate(day, "day", null, "timex"),
                "asserted", Map.of(), sentence(text, cue), span(text, cue), null,
                new EventCodes("19", 4, "Battles", "Non-state actor overtakes territory"));
    }

    private static Analysis article(String id, String published, String text, List<Relation> relations,
                                    List<Event> events) {
        Article a = new Article(id, LocalDate.parse(published), "Fixture " + id, "Fixture News",
                "https://news.example/" + id, text, id + ".jsonl:1");
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        List<ActorRef> refs = new ArrayList<>();
        relations.forEach(r -> refs.add(r.source()));
        events.forEach(e -> refs.addAll(e.source()));
        for (ActorRef r : refs) {
            actors.putIfAbsent(r.id(), new Actor(r.id(), r.name(), r.type(), r.country(), null, null, true,
                    List.of(r.text()), List.of(r.mention())));
        }
        for (Relation r : relations) {
            PlaceRef p = r.targetPlace();
            places.merge(p.place().id(), p.place().withMentions(List.of(p.mention())), (x, y) -> x);
        }
        return new Analysis(a, events, List.copyOf(actors.values()), List.copyOf(places.values()), relations, List.of());
    }
}

package org.faultline.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Place;

/** Event mentions for rule tests, their actors classified as {@link Dedup#load} classifies stored ones. */
final class Mentions {
    private Mentions() {
    }

    static EventMention.Participant actor(String role, ActorRef r) {
        return actor(role, r.id(), r.name(), r.type(), r.country(), null, r.text());
    }

    static EventMention.Participant actor(String role, String id, String name, String type, String country,
                                          String parent, String text) {
        return new EventMention.Participant(role, id, name, type, country, parent,
                ActorSpecificity.bundled().of(id, text));
    }

    /** The precision a YYYY, YYYY-MM or YYYY-MM-DD value has. */
    static String precision(String date) {
        return date == null ? null : date.length() == 4 ? "year" : date.length() == 7 ? "month" : "day";
    }

    /** A mention dated from its text and placed from its sentence. */
    static EventMention of(String eventId, String articleId, int sentenceStart, String type, String mode,
                           String date, String dateBasis, Place place, String placeBasis,
                           List<EventMention.Participant> actors, Map<String, Long> counts) {
        return new EventMention(eventId, articleId, "outlet of " + articleId, LocalDate.of(2016, 6, 9), null,
                sentenceStart, type, mode, "asserted", date, DateRange.of(date, precision(date)), dateBasis, place,
                placeBasis, null, actors, counts);
    }
}

package org.faultline.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.Place;

/**
 * One stored event as dedup sees it: what it says happened, and which article and outlet said it.
 * {@code outlet} is the article's source, else its URL's host, else its id.
 */
public record EventMention(String eventId, String articleId, String outlet, LocalDate published, String url,
                           String type, String mode, String modality, String dateValue, DateRange date, Place place,
                           EventCodes codes, List<Participant> actors, Map<String, Long> counts) {

    /** An actor of the event in a role ("source" or "target"). */
    public record Participant(String role, String id, String name, String type, String country) {
    }

    /** Ids of the source and target actors. */
    public Set<String> actorIds() {
        Set<String> ids = new TreeSet<>();
        actors.forEach(p -> ids.add(p.id()));
        return ids;
    }
}

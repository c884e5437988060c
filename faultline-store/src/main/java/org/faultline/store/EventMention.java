package org.faultline.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.Place;

/**
 * One stored event as dedup sees it: what it says happened, and which article and outlet said it.
 * {@code outlet} is the article's source, else its URL's host, else its id; {@code sentenceStart} the
 * code-point offset of its evidence sentence (two triggers in one sentence are one mention).
 * {@code dateBasis} is "published" when no time expression dated it; {@code placeBasis} says where its
 * place came from ("object", "clause", "sentence", "reference", "actor", "article").
 */
public record EventMention(String eventId, String articleId, String outlet, LocalDate published, String url,
                           int sentenceStart, String type, String mode, String modality, String dateValue,
                           DateRange date, String dateBasis, Place place, String placeBasis, EventCodes codes,
                           List<Participant> actors, Map<String, Long> counts) {

    /**
     * An actor of the event in a role ("source" or "target"); {@code parent} is the organisation a
     * person or unit belongs to, if known.
     */
    public record Participant(String role, String id, String name, String type, String country, String parent,
                              Specificity specificity) {
    }

    /** The sentence this mention comes from: the unit GDELT's NumMentions counts. */
    public String sentenceKey() {
        return articleId + '\u0000' + sentenceStart;
    }
}

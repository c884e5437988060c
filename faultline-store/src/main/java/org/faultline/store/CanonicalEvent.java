package org.faultline.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.Place;
import org.faultline.analysis.RoleBasis;

/**
 * One happening, merged from every event that reports it (GDELT's NumMentions = distinct sentences,
 * so two triggers in one sentence count once; NumSources = distinct outlets; NumArticles = distinct
 * articles). {@code id} is the smallest member event id; {@code members} lists every member event with
 * its article. {@code date} is the most precise member date; {@code place} the most precise member place
 * (its {@code mentions} list is empty). {@code counts} keep, per type, the best-attested figure (the one
 * most articles give, else the highest; see {@link Figures}) and {@code countRanges} the lowest and
 * highest reported. {@code evidence} has one entry per mention when loaded by a query.
 */
public record CanonicalEvent(String id, String type, String mode, String modality, String date, String datePrecision,
                             LocalDate dayFirst, LocalDate dayLast, Place place, List<EventActor> sources,
                             List<EventActor> targets, Map<String, Long> counts, Map<String, Range> countRanges,
                             EventCodes codes, int numMentions, int numSources, int numArticles,
                             LocalDate firstPublished, String sourceUrl, List<Member> members,
                             List<Evidence> evidence) {

    /**
     * An actor of the happening with the number of mentions that name it in that role; {@code text} is the
     * wording of its first mention when loaded by a query (null otherwise); {@code bases} how the member
     * events' roles got it ({@link RoleBasis} words, each once, in the enum's order: "stated" first), when
     * loaded by a query (empty otherwise).
     */
    public record EventActor(String id, String name, String type, String country, int mentions, String text,
                             List<String> bases) {
        /** The bases of a comma-joined list of words, each once, in the enum's order. */
        static List<String> bases(String words) {
            if (words == null || words.isEmpty()) {
                return List.of();
            }
            java.util.Set<String> found = java.util.Set.of(words.split(","));
            return java.util.Arrays.stream(RoleBasis.values()).map(RoleBasis::word).filter(found::contains).toList();
        }
    }

    /** The lowest and highest figure the reports give. */
    public record Range(long low, long high) {
    }

    /** A member event of the happening and the article it comes from. */
    public record Member(String eventId, String articleId) {
    }

    /**
     * One mention: the event row, its article, the article's outlet and the sentence that reports it, with
     * the sentence's code-point offsets in the article; {@code lead} when it starts in the article's first
     * paragraph; {@code stored} when the article was stored.
     */
    public record Evidence(String eventId, String articleId, String outlet, String url, String sentence, int start,
                           int end, boolean lead, LocalDateTime stored) {
    }

    /** The actor named most often as source, or null. */
    public EventActor mainSource() {
        return sources.isEmpty() ? null : sources.get(0);
    }

    /** The actor named most often as target, or null. */
    public EventActor mainTarget() {
        return targets.isEmpty() ? null : targets.get(0);
    }
}

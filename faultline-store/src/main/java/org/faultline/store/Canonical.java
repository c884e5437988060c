package org.faultline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.Place;

/**
 * Builds the canonical event of a cluster. Every choice has a tie-break (in the end the member with the
 * smallest event id, whose id the cluster takes), so the result is deterministic.
 */
final class Canonical {
    private Canonical() {
    }

    /** {@code members} sorted by event id, as {@link Clusterer} returns them. */
    static CanonicalEvent of(List<EventMention> members) {
        EventMention first = members.get(0);
        String mode = mostCommon(members, EventMention::mode);
        EventMention dated = members.stream().filter(m -> m.date() != null)
                .max(Comparator.<EventMention>comparingInt(m -> m.date().rank())
                        .thenComparing(m -> frequency(members, m.dateValue(), EventMention::dateValue))
                        .thenComparing(m -> m.date().first(), Comparator.reverseOrder()))
                .orElse(null);
        EventMention placed = members.stream().filter(m -> m.place() != null)
                .max(Comparator.<EventMention>comparingInt(Clusterer::placeRank)
                        .thenComparing(m -> frequency(members, m.place().id(), x -> x.place() == null ? null : x.place().id()))
                        .thenComparing(m -> -members.indexOf(m)))
                .orElse(null);
        EventCodes codes = members.stream().filter(m -> Objects.equals(m.mode(), mode) && m.codes() != null)
                .map(EventMention::codes).findFirst().orElse(first.codes());
        EventMention earliest = members.stream().filter(m -> m.url() != null)
                .min(Comparator.comparing((EventMention m) -> m.published() == null ? LocalDate.MAX : m.published())
                        .thenComparing(EventMention::articleId))
                .orElse(null);
        LocalDate firstPublished = members.stream().map(EventMention::published).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Place place = placed == null ? null : placed.place();
        return new CanonicalEvent(first.eventId(), first.type(), mode, mostCommon(members, EventMention::modality),
                dated == null ? null : dated.dateValue(), dated == null ? null : dated.date().precision(),
                dated == null ? null : dated.date().first(), dated == null ? null : dated.date().last(), place,
                actors(members, "source"), actors(members, "target"), Figures.best(members), Figures.ranges(members),
                codes, distinct(members, EventMention::sentenceKey),
                distinct(members, EventMention::outlet), distinct(members, EventMention::articleId), firstPublished,
                earliest == null ? null : earliest.url(),
                members.stream().map(m -> new CanonicalEvent.Member(m.eventId(), m.articleId())).toList(), List.of());
    }

    /** Actors in a role, most mentioned first (then by id); names and types from their first mention. */
    private static List<CanonicalEvent.EventActor> actors(List<EventMention> members, String role) {
        Map<String, EventMention.Participant> firstSeen = new LinkedHashMap<>();
        Map<String, Integer> mentions = new TreeMap<>();
        for (EventMention m : members) {
            for (EventMention.Participant p : m.actors()) {
                if (p.role().equals(role)) {
                    firstSeen.putIfAbsent(p.id(), p);
                    mentions.merge(p.id(), 1, Integer::sum);
                }
            }
        }
        List<CanonicalEvent.EventActor> out = new ArrayList<>();
        firstSeen.forEach((id, p) -> out.add(new CanonicalEvent.EventActor(id, p.name(), p.type(), p.country(),
                mentions.get(id), null, List.of())));
        out.sort(Comparator.comparingInt(CanonicalEvent.EventActor::mentions).reversed()
                .thenComparing(CanonicalEvent.EventActor::id));
        return out;
    }

    /** The most frequent non-null value, ties broken alphabetically; null if all are null. */
    private static String mostCommon(List<EventMention> members, Function<EventMention, String> f) {
        Map<String, Long> freq = members.stream().map(f).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
        return freq.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    private static long frequency(List<EventMention> members, String value, Function<EventMention, String> f) {
        return members.stream().filter(m -> Objects.equals(f.apply(m), value)).count();
    }

    private static int distinct(List<EventMention> members, Function<EventMention, String> f) {
        return new HashSet<>(members.stream().map(f).toList()).size();
    }
}

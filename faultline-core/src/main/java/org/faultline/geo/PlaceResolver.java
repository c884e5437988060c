package org.faultline.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.faultline.analysis.Place;
import org.faultline.analysis.Span;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.Token;

/**
 * Finds and resolves the places of an article: recognition ({@link MentionFinder}), context cues
 * ({@link CueFinder}, {@link TownParts}), disambiguation ({@link Disambiguator}), then two filters for mentions that
 * name a place without being one: capitals standing for their governments ("Beijing has accused",
 * "urged Moscow to") and curated landmarks out of context (a "Legislative Council" in an article
 * with no Hong Kong). Thread-safe; one instance serves any number of articles.
 */
public final class PlaceResolver {

    private final MentionFinder finder;
    private final CueFinder cueFinder;
    private final TownParts townParts = new TownParts();
    private final Disambiguator disambiguator = new Disambiguator();

    public PlaceResolver(Gazetteer gazetteer) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Lexicon lexicon = Lexicon.get();
        this.finder = new MentionFinder(gazetteer, lexicon, new Abbreviations(gazetteer));
        this.cueFinder = new CueFinder(lexicon);
    }

    /**
     * Resolves the places of {@code doc}. {@code actorCountryHints} are ISO3 codes of the countries
     * of the article's actors (may be empty): a mild prior for places in those countries.
     */
    public ResolvedPlaces resolve(AnnotatedArticle doc, Collection<String> actorCountryHints) {
        List<RawMention> raw = finder.find(doc);
        if (raw.isEmpty()) {
            return new ResolvedPlaces(List.of(), List.of());
        }
        cueFinder.find(doc, raw);
        townParts.find(doc, raw);
        List<RawMention> unlisted = raw.stream().filter(m -> m.candidates.isEmpty()).toList();
        raw = raw.stream().filter(m -> !m.candidates.isEmpty()).toList();
        Map<String, Disambiguator.Group> groups = disambiguator.resolve(raw,
                actorCountryHints == null ? List.of() : actorCountryHints);

        Map<String, Integer> countryMentions = new HashMap<>();
        for (Disambiguator.Group g : groups.values()) {
            if (g.choice != null && g.choice.country() != null) {
                countryMentions.merge(g.choice.country(), g.mentions.size(), Integer::sum);
            }
        }
        Map<RawMention, Disambiguator.Group> groupOf = new HashMap<>();
        for (Disambiguator.Group g : groups.values()) {
            g.mentions.forEach(m -> groupOf.put(m, g));
        }
        List<RawMention> kept = new ArrayList<>();
        Map<RawMention, GeoCandidate> chosen = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        for (RawMention m : raw) {
            Disambiguator.Group g = groups.get(m.key);
            GeoCandidate c = g.choice;
            if (c == null || outOfContext(m, c, g, countryMentions) || metonym(doc, m, c)) {
                continue;
            }
            Disambiguator.Group container = statedContainerMissed(g, groupOf);
            if (container != null) {
                c = container.choice; // the mention names a part of the container's place
            }
            kept.add(m);
            chosen.put(m, c);
            reasons.putIfAbsent(c.id(), container != null ? container.reason : g.reason);
        }
        for (RawMention m : unlisted) { // a town the gazetteer lacks stands at its stated container
            Disambiguator.Group cg = m.explicitContainer && m.container != null ? groupOf.get(m.container) : null;
            if (cg != null && cg.choice != null && chosen.containsKey(m.container)) {
                kept.add(m);
                chosen.put(m, cg.choice);
                reasons.putIfAbsent(cg.choice.id(), cg.reason);
            }
        }
        kept.sort(java.util.Comparator.comparingInt(m -> m.span.start()));
        return build(kept, chosen, reasons);
    }

    /**
     * A town the text places inside another place ("Buda, a village in Kajuru", "the Basta
     * neighbourhood of Beirut") when no entry of its name lies there: the gazetteer lacks it, so it
     * stands at the stated container rather than at a namesake elsewhere (the container's group; null
     * when the choice fits).
     */
    private static Disambiguator.Group statedContainerMissed(Disambiguator.Group g,
                                                      Map<RawMention, Disambiguator.Group> groupOf) {
        if (g.choice.kind() != GeoKind.CITY && g.choice.kind() != GeoKind.ADMIN2) {
            return null;
        }
        for (RawMention m : g.mentions) {
            Disambiguator.Group cg = m.explicitContainer && m.container != null ? groupOf.get(m.container) : null;
            GeoCandidate r = cg == null ? null : cg.choice;
            if (r == null || r.country() == null || r.kind() == GeoKind.REGION || r.kind() == GeoKind.FEATURE
                    || r.kind() == GeoKind.CROSSING || r.index() == g.choice.index()) {
                continue;
            }
            boolean inside = switch (r.kind()) {
                case COUNTRY -> r.country().equals(g.choice.country());
                case ADMIN1 -> r.admin1Code() != null && r.admin1Code().equals(g.choice.admin1Code());
                default -> g.choice.kmTo(r) <= Disambiguator.QUARTER_KM;
            };
            if (!inside) {
                return cg;
            }
        }
        return null;
    }

    /** A curated district or crossing needs its country elsewhere in the article or a locative cue. */
    private static boolean outOfContext(RawMention m, GeoCandidate c, Disambiguator.Group g,
                                        Map<String, Integer> countryMentions) {
        if (c.kind() != GeoKind.DISTRICT && c.kind() != GeoKind.CROSSING) {
            return false;
        }
        if (m.locative || c.country() == null) {
            return false;
        }
        int others = countryMentions.getOrDefault(c.country(), 0) - g.mentions.size();
        return others <= 0;
    }

    /** A national capital acting or addressed as its government: "Moscow will deploy", "urged Beijing to". */
    private static boolean metonym(AnnotatedArticle doc, RawMention m, GeoCandidate c) {
        if (c.kind() != GeoKind.CITY || !"PPLC".equals(c.featureCode()) || m.locative) {
            return false;
        }
        List<Token> toks = doc.sentences().get(m.sentence).tokens();
        int k = m.tokenEnd;
        while (k < toks.size() && Lexicon.AUXILIARIES.contains(Names.lower(toks.get(k).word()))) {
            k++;
        }
        if (k < toks.size() && isAgentVerb(toks.get(k))) {
            return true;
        }
        int p = m.tokenStart - 1;
        if (p >= 0 && m.tokenEnd < toks.size() && Lexicon.ADDRESS_VERBS.contains(Names.lower(toks.get(p).word()))) {
            String next = Names.lower(toks.get(m.tokenEnd).word());
            return next.equals("to") || next.equals("of") || next.equals("for");
        }
        return false;
    }

    private static boolean isAgentVerb(Token t) {
        String w = Names.lower(t.word());
        String lemma = t.lemma() == null ? w : Names.lower(t.lemma());
        if (t.pos() != null && !t.pos().isEmpty() && !t.pos().startsWith("VB") && !t.pos().startsWith("MD")) {
            return false; // tagged as something else ("Moscow talks")
        }
        return Lexicon.AGENT_VERBS.contains(w) || Lexicon.AGENT_VERBS.contains(lemma);
    }

    private static ResolvedPlaces build(List<RawMention> kept, Map<RawMention, GeoCandidate> chosen,
                                        Map<String, String> reasons) {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, GeoCandidate> entries = new HashMap<>();
        for (RawMention m : kept) {
            GeoCandidate c = chosen.get(m);
            spans.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(m.span);
            entries.putIfAbsent(c.id(), c);
        }
        Map<String, Place> places = new LinkedHashMap<>();
        for (Map.Entry<String, List<Span>> e : spans.entrySet()) {
            places.put(e.getKey(), toPlace(entries.get(e.getKey()), e.getValue(), reasons.get(e.getKey())));
        }
        List<PlaceMention> mentions = new ArrayList<>(kept.size());
        for (RawMention m : kept) {
            mentions.add(new PlaceMention(m.span, m.sentence, m.tokenStart, m.tokenEnd,
                    places.get(chosen.get(m).id()), m.inName));
        }
        return new ResolvedPlaces(new ArrayList<>(places.values()), mentions);
    }

    private static Place toPlace(GeoCandidate c, List<Span> mentions, String reason) {
        return new Place(c.id(), c.name(), round(c.lat()), round(c.lon()), c.country(),
                c.kind() == GeoKind.COUNTRY ? null : c.admin1Name(), c.geonameId() > 0 ? c.geonameId() : null,
                c.featureCode(), c.precision(), List.copyOf(mentions), reason);
    }

    /** Five decimals (about a metre), as GeoNames publishes them; drops the float noise. */
    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}

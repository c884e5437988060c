package org.faultline.geo;

import java.util.List;
import java.util.Set;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.Token;
import org.faultline.text.DataFiles;

/**
 * "Strikes on Beirut ... hitting the commercial district of Hamra": a part of a town named after its
 * noun ("district of", "neighbourhood of") lies in the town the sentence named before it, when none
 * of its gazetteer entries shares a country with that town (the entries are namesakes elsewhere, the
 * gazetteer lacks the quarter). The town becomes its stated container, so the resolver puts it there.
 */
final class TownParts {
    private static final Set<String> QUARTER_PHRASES = DataFiles.words("faultline/geo/quarter-phrases.txt");

    void find(AnnotatedArticle doc, List<RawMention> mentions) {
        for (RawMention m : mentions) {
            if (m.container != null || m.tokenStart < 2) {
                continue;
            }
            List<Token> toks = doc.sentences().get(m.sentence).tokens();
            String phrase = Names.lower(toks.get(m.tokenStart - 2).word()) + " "
                    + Names.lower(toks.get(m.tokenStart - 1).word());
            if (!QUARTER_PHRASES.contains(phrase)) {
                continue;
            }
            RawMention town = townBefore(m, mentions);
            if (town != null && !sharesCountry(m, town)) {
                m.container = town;
                m.explicitContainer = true;
            }
        }
    }

    /** The last mention before {@code m} in its sentence that may be a town. */
    private static RawMention townBefore(RawMention m, List<RawMention> mentions) {
        RawMention town = null;
        for (RawMention o : mentions) {
            if (o.sentence == m.sentence && o.tokenEnd <= m.tokenStart && !o.inName
                    && o.candidates.stream().anyMatch(c -> c.kind() == GeoKind.CITY)) {
                town = o;
            }
        }
        return town;
    }

    private static boolean sharesCountry(RawMention a, RawMention b) {
        for (GeoCandidate x : a.candidates) {
            for (GeoCandidate y : b.candidates) {
                if (x.country() != null && x.country().equals(y.country())) {
                    return true;
                }
            }
        }
        return false;
    }
}

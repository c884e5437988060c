package org.faultline.acled;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventCodes;
import org.faultline.events.CodeTable;
import org.faultline.events.WeaponClass;
import org.faultline.events.WeaponModes;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.Sentence;

/**
 * Gives each event its ACLED event and sub-event type (acled/rules.tsv) from what the event and its text
 * show: PLOVER type and mode, the weapon named in the trigger's clause, the kinds of party in each role, and
 * the cues of its sentence and paragraph (acled/cues.tsv). Stateless and thread-safe.
 */
public final class AcledCoder {
    private final AcledRules rules;
    private final AcledCues cues = new AcledCues();
    private final WeaponModes weapons = WeaponModes.bundled();

    public AcledCoder(CodeTable codes) {
        this.rules = new AcledRules(codes.modes());
    }

    /** Every ACLED sub-event type some rule can give. */
    public Set<String> reachable() {
        return rules.reachable();
    }

    /** The events with their ACLED types set (null where ACLED would not code the event). */
    public List<Event> code(AnnotatedArticle doc, List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(e.codes() == null ? e : e.withCodes(codes(doc, e)));
        }
        return out;
    }

    private EventCodes codes(AnnotatedArticle doc, Event e) {
        String sub = rules.subEventType(facts(doc, e));
        return sub == null ? e.codes().withAcled(null, null)
                : e.codes().withAcled(AcledCodebook.get().subEvent(sub).eventType(), sub);
    }

    AcledRules.Facts facts(AnnotatedArticle doc, Event e) {
        Sentence s = doc.sentenceAt(e.trigger().start());
        WeaponClass weapon = null;
        Set<AcledCue> found = EnumSet.noneOf(AcledCue.class);
        if (s != null) {
            weapon = weapons.weapon(s, s.headOf(e.trigger().start(), e.trigger().end()));
            if (weapon == null && e.type().equals("ASSAULT")) {
                weapon = weapons.weaponInSentence(s);
            }
            found.addAll(cues.find(s, paragraph(doc, s)));
        }
        if (e.counts().getOrDefault("killed", 0L) > 0 || e.counts().getOrDefault("wounded", 0L) > 0) {
            found.add(AcledCue.CASUALTIES);
        }
        return new AcledRules.Facts(e.type(), e.mode(), weapon, parties(e.source()), parties(e.target()), found);
    }

    private static Set<Party> parties(List<ActorRef> refs) {
        Set<Party> out = EnumSet.noneOf(Party.class);
        refs.forEach(a -> out.add(Party.of(a)));
        if (out.isEmpty()) {
            out.add(Party.NONE);
        }
        return out;
    }

    /** The sentences of the paragraph (the line of text) that holds {@code s}. */
    static List<Sentence> paragraph(AnnotatedArticle doc, Sentence s) {
        String text = doc.text();
        int from = text.lastIndexOf('\n', s.start());
        int to = text.indexOf('\n', s.end());
        int start = from < 0 ? 0 : from;
        int end = to < 0 ? text.length() : to;
        return doc.sentences().stream().filter(x -> x.start() >= start && x.end() <= end).toList();
    }
}

package org.faultline.events;

import org.faultline.text.DataFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.CountFact;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventDate;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Span;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.ParseGraph;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.TimeExpression;
import org.faultline.time.EventDater;
import org.faultline.time.TemporalAnaphora;

/**
 * Turns trigger matches into PLOVER events: roles, modality, date, place, counts and codes, each
 * with the span that supports it. Precision first: an event needs a source, a target or a place
 * the sentence names, and protesters' violence stays PROTEST.
 */
public final class EventExtractor {
    /**
     * Events and the counts found beside them; {@code symmetric} and {@code captures} mark events whose
     * trigger signals mutual fighting or the taking of a place, for the relation extractor.
     */
    public record Result(List<Event> events, List<CountFact> counts, java.util.Set<Event> symmetric,
                         java.util.Set<Event> captures) {
    }

    private final TriggerMatcher matcher;
    private final Constructions constructions = Constructions.bundled();
    private final WeaponModes weapons = WeaponModes.bundled();
    private final CodeTable codes;
    private final EventDater dater = new EventDater();
    private final TemporalAnaphora temporalAnaphora = new TemporalAnaphora();
    private final CountExtractor counter = new CountExtractor();
    private final NounLicensing nouns = new NounLicensing();
    private static final java.util.Set<String> REPORT_VERBS = DataFiles.words("faultline/events/report-verbs.txt");
    private static final java.util.Set<String> CAPTURE_VERBS = DataFiles.words("faultline/events/capture-verbs.txt");

    public EventExtractor(TriggerDictionary dictionary, CodeTable codes) {
        this.matcher = new TriggerMatcher(dictionary);
        this.codes = codes;
    }

    public Result extract(AnnotatedArticle doc, List<ActorMention> actors, List<PlaceSpot> places, PlaceSpot focus) {
        SentenceActors byS = new SentenceActors(actors);
        RoleFinder roles = new RoleFinder(byS, new Anaphora(actors, doc.sentences()));
        EventPlacer placer = new EventPlacer(places, focus, doc.sentences());
        ForeignGround foreignGround = new ForeignGround(actors);
        LocalDate published = doc.article().published();
        List<Event> events = new ArrayList<>();
        List<CountFact> counts = new ArrayList<>();
        java.util.Set<Event> symmetric = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<Event> captures = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<ActorRef> lastParties = List.of();
        List<Event> headed = new ArrayList<>();
        Map<Event, String> lemmas = new java.util.IdentityHashMap<>();
        EventDate lastStated = null;
        for (Sentence s : doc.sentences()) {
            if (isLabel(s) || isTitle(doc, s)) {
                continue; // the title summarises the body, whose sentences carry its events
            }
            List<TimeExpression> times = doc.times().stream().filter(t -> t.sentence() == s.index()).toList();
            List<Draft> drafts = new ArrayList<>();
            EventDate relative = temporalAnaphora.date(s, lastStated);
            ParseGraph graph = new ParseGraph(s, PlaceSpot.tokensIn(places, s.index()));
            List<TriggerMatch> matches = new ArrayList<>(matcher.match(s));
            matches.addAll(constructions.triggers(graph, s, matches));
            matches.sort(java.util.Comparator.comparingInt(TriggerMatch::head));
            for (TriggerMatch m : matches) {
                Draft d = draft(s, graph, m, roles, placer, foreignGround, times, published, doc.text());
                if (d != null) {
                    drafts.add(d);
                }
            }
            for (Draft d : drafts) {
                if (relative != null && (d.date == null || d.date.mention() == null
                        || d.date.mention().overlaps(relative.mention()))) {
                    d.date = relative; // "that day", "a day later": the day of the event told before
                }
                if (d.date != null && d.date.mention() != null && "day".equals(d.date.precision())) {
                    lastStated = d.date;
                }
            }
            mergeKillings(s, drafts);
            mergeProtests(drafts);
            shareTargets(drafts);
            mergeRepeats(drafts);
            apologyTargets(drafts);
            lastParties = resolveBothSides(drafts, lastParties);
            reactionTargets(s, drafts, events, lemmas);
            List<CountExtractor.Found> found = counter.find(s);
            for (CountExtractor.Found f : found) {
                Draft owner = nearest(drafts, f.verb());
                if (owner != null) {
                    owner.counts.merge(f.type(), f.number(), Math::max);
                }
                String place = owner != null && owner.place != null ? owner.place.place().name() : null;
                counts.add(new CountFact(f.type(), f.number(), f.qualifier(), f.victims(), place, f.evidence()));
            }
            boolean heading = isHeading(doc, s);
            for (Draft d : drafts) {
                Event e = d.build(codes);
                events.add(e);
                lemmas.put(e, (d.nominal ? "N:" : "V:") + d.lemma);
                if (heading) {
                    headed.add(e);
                }
                if (d.pattern.has(TriggerFlag.SYMMETRIC)) {
                    symmetric.add(e);
                }
                if ((d.capture || CAPTURE_VERBS.contains(d.lemma)) && d.place != null && "object".equals(d.place.basis())) {
                    captures.add(e);
                }
            }
        }
        events.removeIf(h -> headed.contains(h) && restated(h, events, headed));
        return new Result(events, counts, symmetric, captures);
    }

    /**
     * A headline or subheading: a line without final punctuation with more text after it. Its events are
     * analysed like any other, but one that the body states again is the body's event, not a second one.
     */
    private static boolean isHeading(AnnotatedArticle doc, Sentence s) {
        if (s.tokens().isEmpty() || s.end() >= doc.text().strip().length()) {
            return false;
        }
        String last = s.token(s.tokens().size() - 1).word();
        return !(last.equals(".") || last.equals("!") || last.equals("?") || last.endsWith("\u201d")
                || last.equals("\"") || last.endsWith("'") || last.equals("\u2019"));
    }

    /** The article's title repeated as its first line. */
    private static boolean isTitle(AnnotatedArticle doc, Sentence s) {
        String title = doc.article().title();
        return title != null && !title.isBlank() && s.start() < 2 * title.length()
                && doc.text().substring(s.start(), s.end()).strip().equals(title.strip());
    }

    /** Whether a body event of the same type shares a party with a heading's event (or it names none). */
    private static boolean restated(Event h, List<Event> events, List<Event> headed) {
        java.util.Set<String> parties = new java.util.HashSet<>(ids(h.source()));
        parties.addAll(ids(h.target()));
        for (Event e : events) {
            if (!headed.contains(e) && e.type().equals(h.type())) {
                java.util.Set<String> other = new java.util.HashSet<>(ids(e.source()));
                other.addAll(ids(e.target()));
                if (parties.isEmpty() || other.stream().anyMatch(parties::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Draft draft(Sentence s, ParseGraph graph, TriggerMatch m, RoleFinder roleFinder, EventPlacer placer,
                        ForeignGround foreignGround, List<TimeExpression> times, LocalDate published, String text) {
        TriggerPattern p = m.pattern();
        if (isDescriptiveParticiple(s, m)) {
            return null;
        }
        Roles r = roleFinder.find(s, m);
        String type = p.type();
        String mode = p.mode();
        Constructions.Outcome construction = constructions.apply(graph, s, m, r, roleFinder);
        if (construction != null) {
            if (construction.drop()) {
                return null;
            }
            r = construction.roles();
            type = construction.type(type);
            mode = construction.mode(mode);
        }
        String modality = Modality.of(s, m.head());
        if (modality.equals(Modality.HYPOTHETICAL)) {
            return null; // "could return to fighting", "if they attack": nothing happened
        }
        if (modality.equals(Modality.NEGATED) && p.has(TriggerFlag.NEGATED_REJECT)) {
            type = "REJECT";
            modality = Modality.ASSERTED;
        }
        if (p.has(TriggerFlag.NEEDS_ACTOR) && r.isEmpty()) {
            return null;
        }
        if (CASUALTY.contains(s.token(m.head()).lowerLemma()) && r.source().isEmpty()) {
            return null; // "1,300 soldiers had been killed": a casualty figure, counted, not an event
        }
        if (p.has(TriggerFlag.ARMED_SOURCE) && r.source().stream().noneMatch(ActorMention::isArmed)) {
            return null; // civilians fleeing is displacement, counted; not a retreat
        }
        boolean reported = construction != null && construction.construction().has(Construction.Flag.OCCURS);
        if (isNominal(s, m.head()) && !reported && !nouns.licensed(s, m.head(), r, hasOwnActor(s, m.head(), r))) {
            return null;
        }
        if (type.equals("SUPPORT") && r.target().isEmpty()) {
            return null; // praise of a deal or an idea is no event between parties
        }
        if (type.equals("ASSAULT") && (mode == null || mode.equals("destroy"))
                && r.source().stream().anyMatch(a -> "PROTESTERS".equals(a.type()))) {
            type = "PROTEST"; // protesters storming or wrecking a building is coded as protest
        }
        if (type.equals("ASSAULT")) {
            mode = weapons.refine(s, m.head(), mode);
        }
        PlaceRef place = placer.place(s, m.head(), r.placeObject(), r);
        EventDate date = dater.date(s, m.head(), times, published, modality.equals(Modality.FUTURE));
        boolean occurs = reported && (place != null && !"article".equals(place.basis()) || date != null && date.mention() != null);
        if (r.isEmpty() && !anchored(s, m, place, date) && !occurs) {
            return null; // no identifiable party and nothing that pins down a happening: generic statement
        }
        Draft d = new Draft();
        d.type = type;
        d.mode = mode;
        d.source = refs(r.source(), text);
        d.target = refs(r.target(), text);
        if (d.target.isEmpty()) {
            d.target = foreignGround.target(type, d.source, d.target, place, text);
        }
        d.place = place;
        d.date = date;
        d.modality = modality;
        d.evidence = new Span(s.start(), s.end());
        d.trigger = m.span();
        d.head = m.head();
        d.pattern = p;
        d.nominal = isNominal(s, m.head());
        d.attribution = attribution(s, m.head(), roleFinder, text);
        d.lemma = s.token(m.head()).lowerLemma();
        d.capture = construction != null && construction.construction().has(Construction.Flag.CAPTURE);
        return d;
    }

    /**
     * "forces, backed (up) by US air strikes", "with Russian airpower backing": backing that describes
     * an actor states a standing relation (the relation extractor records it), not an event.
     */
    private static boolean isDescriptiveParticiple(Sentence s, TriggerMatch m) {
        String type = m.pattern().type();
        if (!(type.equals("SUPPORT") || type.equals("AID") || type.equals("COOPERATE"))) {
            return false;
        }
        int h = m.head();
        var up = s.headEdge(h);
        if (up != null && up.relation().equals("amod") && (s.token(h).isAdjective() || s.token(h).pos().equals("VBN"))) {
            return true; // "their allied Kurdish Peshmerga"
        }
        if (s.token(h).isAdjective() || s.token(h).pos().equals("VBN") && s.children(h, "aux").isEmpty()
                && s.children(h, "aux:pass").isEmpty()) {
            return true; // "allied to workers everywhere", "militias aligned with": a standing relation
        }
        if (type.equals("SUPPORT") && up != null && up.relation().equals("acl:relcl")) {
            return true; // "the coalition, which backs President Hadi": who the actor is, not what it did
        }
        boolean byFollows = false;
        for (int k = h + 1; k <= Math.min(h + 2, s.tokens().size() - 1); k++) {
            byFollows |= s.token(k).lowerWord().equals("by");
        }
        if (byFollows && s.children(h, "aux").isEmpty() && s.children(h, "aux:pass").isEmpty()) {
            return true;
        }
        for (int k = h - 1; k >= Math.max(0, h - 4); k--) {
            if (s.token(k).lowerWord().equals("with") && s.token(h).isNoun()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who reports the event: the subject of a reporting verb that governs the trigger's clause ("Human
     * Rights Watch said it received allegations", "..., the coalition said") or the object of "according
     * to". Kept on the event so users can weigh the source.
     */
    private static ActorRef attribution(Sentence s, int trigger, RoleFinder roles, String text) {
        int node = trigger;
        for (int depth = 0; depth < 5 && node >= 0; depth++) {
            var up = s.headEdge(node);
            if (up == null || up.governor() < 0) {
                break;
            }
            int gov = up.governor();
            if (REPORT_VERBS.contains(s.token(gov).lowerLemma()) && (up.relation().equals("ccomp")
                    || up.relation().equals("parataxis") || up.relation().equals("obj"))) {
                for (int subj : s.children(gov, "nsubj")) {
                    List<ActorMention> who = roles.phrase(s, subj);
                    if (!who.isEmpty()) {
                        return refs(who, text).get(0);
                    }
                }
            }
            node = gov;
        }
        for (var t : s.tokens()) {
            if (t.lowerWord().equals("according") && t.index() + 2 < s.tokens().size()
                    && s.token(t.index() + 1).lowerWord().equals("to")) {
                for (int k = t.index() + 2; k < Math.min(s.tokens().size(), t.index() + 6); k++) {
                    List<ActorMention> who = roles.phrase(s, k);
                    if (!who.isEmpty()) {
                        return refs(who, text).get(0);
                    }
                }
            }
        }
        return null;
    }

    /**
     * A line without a verb ("Suicide bombers", "photo Creative Commons") is a label, not a report.
     * Headlines, captions and one-paragraph event descriptions without final punctuation have verbs and
     * are analysed like any sentence: an event a headline states is still an event.
     */
    private static boolean isLabel(Sentence s) {
        return s.tokens().stream().noneMatch(t -> t.isVerb() || t.pos().equals("MD"));
    }

    /** A noun, or a gerund used as one ("six weeks of fighting", "return to fighting"). */
    private static boolean isNominal(Sentence s, int head) {
        var t = s.token(head);
        if (t.isNoun()) {
            return true;
        }
        if (!t.pos().equals("VBG")) {
            return false;
        }
        var up = s.headEdge(head);
        boolean afterPreposition = !s.children(head, "case").isEmpty()
                || head > 0 && s.token(head - 1).pos().equals("IN") || head > 0 && s.token(head - 1).lowerWord().equals("to");
        return afterPreposition && s.children(head, "nsubj").isEmpty() && s.children(head, "obj").isEmpty()
                && (up == null || !up.relation().equals("xcomp"));
    }

    /** Whether a nominal trigger's actors hang off the noun itself ("US airstrikes", "Isis's takeover"). */
    private static boolean hasOwnActor(Sentence s, int noun, Roles r) {
        for (ActorMention a : r.source()) {
            if (a.sentence() == s.index() && a.tokenStart() < noun && noun - a.tokenEnd() <= 6) {
                var up = s.headEdge(a.tokenEnd() - 1);
                if (up != null && (up.governor() == noun || a.tokenEnd() == noun)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An event without actors is kept only when the text pins it down: a verb with a place in its own
     * clause ("Stepanakert was shelled"), or an explicit date ("the war began on 27 September").
     */
    private static boolean anchored(Sentence s, TriggerMatch m, PlaceRef place, EventDate date) {
        boolean datedInText = date != null && date.mention() != null;
        boolean placeInClause = place != null && ("clause".equals(place.basis()) || "object".equals(place.basis()));
        return datedInText || (placeInClause && s.token(m.head()).isVerb());
    }

    /**
     * "stormed by US forces, killing thousands", "an air strike ... killed 51 people": the killing is
     * the outcome of the attack in the same sentence, not a second event. Its victims become the
     * attack's target when the attack has none.
     */
    private static void mergeKillings(Sentence s, List<Draft> drafts) {
        List<Draft> killings = drafts.stream().filter(d -> d.type.equals("ASSAULT")
                && KILLING.contains(s.token(d.head).lowerLemma())).toList();
        for (Draft k : killings) {
            Draft into = null;
            for (Draft d : drafts) {
                if (d != k && d.type.equals("ASSAULT") && !KILLING.contains(s.token(d.head).lowerLemma())
                        && (into == null || Math.abs(d.head - k.head) < Math.abs(into.head - k.head))) {
                    into = d;
                }
            }
            if (into != null) {
                if (into.target.isEmpty()) {
                    into.target = k.target;
                }
                if (into.source.isEmpty()) {
                    into.source = k.source;
                }
                drafts.remove(k);
            }
        }
    }

    private static final java.util.Set<String> KILLING = DataFiles.words("faultline/lexicon/killing-verbs.txt");
    /** Words whose event without an attacker is a casualty report: counted, not coded. */
    private static final java.util.Set<String> CASUALTY = DataFiles.words("faultline/lexicon/casualty-verbs.txt");

    /**
     * Within a sentence: a co-event with its own source but no target takes the target of the same-type
     * event ("US airstrikes" in "the army, backed by US airstrikes, drives Isis out"); a same-type
     * event with no source of its own is a second mention of the one that has a source, and is dropped.
     */
    private static void shareTargets(List<Draft> drafts) {
        drafts.removeIf(d -> d.source.isEmpty() && drafts.stream().anyMatch(o -> o != d && o.type.equals(d.type)
                && !o.source.isEmpty() && ids(o.target).containsAll(ids(d.target)) && samePlace(o, d)));
        for (Draft d : drafts) {
            if (d.target.isEmpty() && !d.source.isEmpty() && d.nominal) {
                for (Draft o : drafts) {
                    if (o != d && o.type.equals(d.type) && !o.target.isEmpty()) {
                        d.target = o.target;
                        break;
                    }
                }
            }
        }
    }

    /**
     * "Iran condemned the strikes", "the junta rejected the sanctions": a reaction to an act reported
     * earlier is aimed at whoever did it: the source of the latest event named by the same noun, else by
     * the same word, else of the latest event of that act's type. The act's own parties in the object phrase ("condemned the
     * American strikes") are found by the role finder and take precedence.
     */
    private void reactionTargets(Sentence s, List<Draft> drafts, List<Event> earlier, Map<Event, String> lemmas) {
        for (Draft d : drafts) {
            if (!REACTIONS.contains(d.type) || !d.target.isEmpty()) {
                continue;
            }
            for (int obj : s.children(d.head, "obj")) {
                String word = s.token(obj).lowerLemma();
                String act = matcher.nounType(word);
                if (act == null || act.equals(d.type)) {
                    continue;
                }
                String named = "N:" + word;
                Event e = latest(earlier, x -> named.equals(lemmas.get(x))); // "the strikes": a strike named so
                if (e == null) {
                    e = latest(earlier, x -> lemmas.get(x).endsWith(":" + word));
                }
                if (e == null) {
                    e = latest(earlier, x -> x.type().equals(act));
                }
                if (e != null) {
                    d.target = e.source().stream().filter(a -> !ids(d.source).contains(a.id())).toList();
                }
            }
        }
    }

    /** Reactions whose object is an act: condemning, rejecting. */
    private static final java.util.Set<String> REACTIONS = java.util.Set.of("ACCUSE", "REJECT");

    private static Event latest(List<Event> events, java.util.function.Predicate<Event> test) {
        for (int k = events.size() - 1; k >= 0; k--) {
            Event e = events.get(k);
            if (!e.source().isEmpty() && test.test(e)) {
                return e;
            }
        }
        return null;
    }

    /** An apology is owed to the victim of the act it follows: "shot down a Russian helicopter ... and apologised". */
    private static void apologyTargets(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.type.equals("CONCEDE") && d.target.isEmpty()) {
                for (Draft o : drafts) {
                    if (o != d && !o.target.isEmpty() && ids(o.source).containsAll(ids(d.source))) {
                        d.target = o.target;
                    }
                }
            }
        }
    }

    private static final java.util.regex.Pattern BOTH_SIDES = java.util.regex.Pattern.compile(
            "(?i)^(the )?(two|both) (sides|parties|delegations|countries|governments|camps)$|^both$");

    /**
     * "The two delegations agreed", "both sides will withdraw": the parties of the last event that had
     * two or more sources. Returns the parties to remember for the next sentences.
     */
    private static List<ActorRef> resolveBothSides(List<Draft> drafts, List<ActorRef> last) {
        List<ActorRef> remembered = last;
        for (Draft d : drafts) {
            if (d.source.size() == 1 && BOTH_SIDES.matcher(d.source.get(0).text()).find() && last.size() >= 2) {
                d.source = last;
            }
            if (d.source.size() >= 2) {
                remembered = d.source;
            }
        }
        return remembered;
    }

    private static boolean samePlace(Draft a, Draft b) {
        return a.place == null || b.place == null || a.place.place().id().equals(b.place.place().id());
    }

    /**
     * "stormed by poor Shias ..., protesting against corruption": a storming or wrecking by the same
     * people who protest in that sentence is the protest itself.
     */
    private static void mergeProtests(List<Draft> drafts) {
        for (Draft protest : List.copyOf(drafts)) {
            if (!protest.type.equals("PROTEST")) {
                continue;
            }
            drafts.removeIf(d -> d.type.equals("ASSAULT") && (d.mode == null || d.mode.equals("destroy"))
                    && !d.source.isEmpty() && ids(protest.source).containsAll(ids(d.source)));
        }
    }

    /**
     * Two triggers of the same type in one sentence whose parties agree ("refused to cooperate",
     * "stormed and vandalised") report one event; keep the first, with the other's roles if it lacked them.
     */
    private static void mergeRepeats(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft a = drafts.get(i);
            for (int j = drafts.size() - 1; j > i; j--) {
                Draft b = drafts.get(j);
                if (a.type.equals(b.type) && compatible(a.source, b.source) && compatible(a.target, b.target)
                        && samePlace(a, b) && java.util.Objects.equals(a.modality, b.modality)) {
                    if (a.source.isEmpty()) {
                        a.source = b.source;
                    }
                    if (a.target.isEmpty()) {
                        a.target = b.target;
                    }
                    drafts.remove(j);
                }
            }
        }
    }

    private static boolean compatible(List<ActorRef> x, List<ActorRef> y) {
        return x.isEmpty() || y.isEmpty() || ids(x).containsAll(ids(y)) || ids(y).containsAll(ids(x));
    }

    private static java.util.Set<String> ids(List<ActorRef> refs) {
        return refs.stream().map(ActorRef::id).collect(java.util.stream.Collectors.toSet());
    }

    private static Draft nearest(List<Draft> drafts, int token) {
        Draft best = null;
        for (Draft d : drafts) {
            if (best == null || Math.abs(d.head - token) < Math.abs(best.head - token)) {
                best = d;
            }
        }
        return best;
    }

    private static List<ActorRef> refs(List<ActorMention> mentions, String text) {
        List<ActorRef> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            out.add(new ActorRef(m.id(), m.name(), m.text(), m.country(), m.type(), m.known(), m.span()));
        }
        return out;
    }

    /** An event being assembled. */
    private static final class Draft {
        String type;
        String mode;
        List<ActorRef> source;
        List<ActorRef> target;
        PlaceRef place;
        EventDate date;
        String modality;
        Span evidence;
        Span trigger;
        int head;
        TriggerPattern pattern;
        boolean nominal;
        ActorRef attribution;
        String lemma;
        boolean capture;
        final Map<String, Long> counts = new LinkedHashMap<>();

        Event build(CodeTable codes) {
            return new Event(type, mode, source, target, place, date, modality, Map.copyOf(counts), evidence, trigger,
                    attribution, codes.codes(type, mode, source, target));
        }
    }
}

package org.faultline.events;

import org.faultline.text.DataFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.ActorRef;
import org.faultline.grammar.Anaphora;
import org.faultline.grammar.SentenceActors;
import org.faultline.grammar.PhraseActors;
import org.faultline.analysis.CountFact;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventDate;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.RoleBasis;
import org.faultline.analysis.Span;
import org.faultline.lexicon.Lexicon;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.grammar.ArticlePatterns;
import org.faultline.grammar.SentencePatterns;
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
    private final ReactionTargets reactions;
    private final Constructions constructions = Constructions.bundled();
    private final WeaponModes weapons = WeaponModes.bundled();
    private final CodeTable codes;
    private final EventDater dater;
    private final TemporalAnaphora temporalAnaphora = new TemporalAnaphora();
    private final RelativeDates relativeDates = new RelativeDates(temporalAnaphora);
    private final CountExtractor counter;
    private final Modality modalities;
    /** Words whose event without an attacker is a casualty report: counted, not coded. */
    private final java.util.Set<String> casualtyVerbs;
    private final NounLicensing nouns = new NounLicensing();
    private static final java.util.Set<String> CAPTURE_VERBS = DataFiles.words("faultline/events/capture-verbs.txt");
    private static final java.util.Set<String> ROUND_NUMBERS = DataFiles.words("faultline/lexicon/en/round-number-plurals.txt");

    /** With the words of {@code lexicon} for dates, counts and modality. */
    public EventExtractor(TriggerDictionary dictionary, CodeTable codes, Lexicon lexicon) {
        this.matcher = new TriggerMatcher(dictionary);
        this.reactions = new ReactionTargets(matcher);
        this.codes = codes;
        this.dater = new EventDater(lexicon);
        this.counter = new CountExtractor(lexicon);
        this.modalities = new Modality(lexicon);
        this.casualtyVerbs = lexicon.words("casualty-verbs");
    }

    public Result extract(AnnotatedArticle doc, List<ActorMention> actors, List<PlaceSpot> places, PlaceSpot focus) {
        return extract(doc, actors, places, focus, new ArticlePatterns(doc, i -> PlaceSpot.tokensIn(places, i)));
    }

    /** As above, matching constructions through {@code patterns} (shared with the relations stage). */
    public Result extract(AnnotatedArticle doc, List<ActorMention> actors, List<PlaceSpot> places, PlaceSpot focus,
                          ArticlePatterns patterns) {
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
        Map<Event, ReactionTargets.Act> acts = new java.util.IdentityHashMap<>();
        EventDate lastStated = null;
        Draft lastDraft = null;
        for (Sentence s : doc.sentences()) {
            if (Headlines.isLabel(s) || Headlines.isTitle(doc, s)) {
                continue; // the title summarises the body, whose sentences carry its events
            }
            List<TimeExpression> times = doc.times().stream().filter(t -> t.sentence() == s.index()).toList();
            List<Draft> drafts = new ArrayList<>();
            SentencePatterns sentencePatterns = patterns.of(s);
            List<TriggerMatch> matches = new ArrayList<>(matcher.match(s));
            matches.addAll(constructions.triggers(sentencePatterns, s, matches, lastDraft == null ? null : lastDraft.pattern));
            matches.sort(java.util.Comparator.comparingInt(TriggerMatch::head));
            for (TriggerMatch m : matches) {
                Draft d = draft(s, sentencePatterns, m, roles, placer, foreignGround, times, published, doc.text());
                if (d != null) {
                    drafts.add(d);
                }
            }
            lastStated = relativeDates.apply(s, drafts, lastStated);
            // "the Taliban claimed the attack on the police station": a definite act whose author is named
            // stands on its own even when the article told none before it
            drafts.removeIf(d -> d.restates && d.source.isEmpty() && !Restatements.hasAntecedent(d, events));
            echoes(drafts, lastDraft);
            SentenceMerges.mergeKillings(s, drafts);
            drafts.removeIf(d -> d.casualty); // victims no attack of the sentence took: a casualty figure
            drafts.forEach(d -> {
                if (d.restates) {
                    Restatements.resolve(d, events); // after the killings it was told with gave their parties
                }
            });
            SentenceMerges.mergeProtests(drafts);
            SentenceMerges.shareTargets(drafts);
            SentenceMerges.mergeRepeats(drafts);
            SentenceMerges.apologyTargets(drafts);
            lastParties = BothSides.resolve(drafts, lastParties);
            reactions.apply(s, drafts, events, acts);
            List<CountExtractor.Found> found = counter.find(s);
            for (CountExtractor.Found f : found) {
                Draft owner = SentenceMerges.nearest(drafts, f.verb());
                if (owner != null) {
                    owner.counts.merge(f.type(), f.number(), Math::max);
                }
                String place = owner != null && owner.place != null ? owner.place.place().name() : null;
                counts.add(new CountFact(f.type(), f.number(), f.qualifier(), f.victims(), place, f.evidence()));
            }
            if (!drafts.isEmpty()) {
                lastDraft = drafts.get(drafts.size() - 1);
            }
            boolean heading = Headlines.isHeading(doc, s);
            for (Draft d : drafts) {
                Event e = d.build(codes);
                events.add(e);
                acts.put(e, new ReactionTargets.Act(d.lemma, d.nominal));
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
        events.removeIf(h -> headed.contains(h) && Headlines.restated(h, events, headed));
        return new Result(events, counts, symmetric, captures);
    }

    /**
     * "The US sanctioned the morality police in September, and Britain followed in October": an echo
     * repeats the act told before it (in its sentence, else the last one) against the same target, with
     * its own source and date; an echo without an actor for source ("in the days that followed") is none.
     */
    private void echoes(List<Draft> drafts, Draft lastDraft) {
        Draft antecedent = lastDraft;
        for (java.util.Iterator<Draft> it = drafts.iterator(); it.hasNext(); ) {
            Draft d = it.next();
            if (!constructions.isEcho(d.pattern)) {
                antecedent = d;
            } else if (d.source.isEmpty() || antecedent == null) {
                it.remove();
            } else if (d.target.isEmpty()) {
                d.target = ActorRef.withBasis(antecedent.target, RoleBasis.ECHO);
            }
        }
    }

    private Draft draft(Sentence s, SentencePatterns patterns, TriggerMatch m, RoleFinder roleFinder, EventPlacer placer,
                        ForeignGround foreignGround, List<TimeExpression> times, LocalDate published, String text) {
        TriggerPattern p = m.pattern();
        if (DescriptiveParticiples.describes(s, m)) {
            return null;
        }
        Roles r = roleFinder.find(s, m);
        String type = p.type();
        String mode = p.mode();
        Constructions.Outcome construction = constructions.apply(patterns, s, m, r, roleFinder);
        if (construction != null) {
            if (construction.drop()) {
                return null;
            }
            r = construction.roles();
            type = construction.type(type);
            mode = construction.mode(mode);
        }
        String modality = modalities.of(s, m.head());
        if (construction != null && construction.construction().has(Construction.Flag.SAID)) {
            modality = Modality.ASSERTED; // "we will attack if ...": the act is future, the threat is made now
        }
        if (modality.equals(Modality.HYPOTHETICAL)) {
            return null; // "could return to fighting", "if they attack": nothing happened
        }
        if (modality.equals(Modality.NEGATED) && p.has(TriggerFlag.NEGATED_REJECT)) {
            type = "REJECT";
            modality = Modality.ASSERTED;
        }
        // "each side accused the other": the parties told before, resolved with the sentence's drafts (BothSides)
        boolean bothSides = r.source().isEmpty() && BothSides.subject(s, m.head());
        boolean lacksActor = p.has(TriggerFlag.NEEDS_ACTOR) && r.isEmpty();
        if (lacksActor && !bothSides) {
            return null;
        }
        // "1,300 soldiers had been killed": a casualty figure, counted, not an event; its victims still name
        // the target of the attack its sentence tells ("a bomb exploded near a bus, killing five passengers")
        boolean casualty = casualtyVerbs.contains(s.token(m.head()).lowerLemma()) && r.source().isEmpty();
        if (casualty && r.target().isEmpty()) {
            return null;
        }
        if (p.has(TriggerFlag.ARMED_SOURCE) && r.source().stream().noneMatch(ActorMention::isArmed)) {
            return null; // civilians fleeing is displacement, counted; not a retreat
        }
        boolean reported = construction != null && construction.construction().has(Construction.Flag.OCCURS);
        boolean restates = false;
        // a noun that names an act rather than stating one: "condemned the attack", "arrested after Saturday's bombing"
        boolean referred = isNominal(s, m.head())
                && !nouns.licensed(s, m.head(), r, hasOwnActor(s, m.head(), r)
                        || (type.equals("ASSAULT") || type.equals("COERCE")) && countsItsVictims(s, m.head(), r));
        if (referred && !reported) {
            if (!s.token(m.head()).isNoun() || !Restatements.definite(s, m.head())) {
                return null;
            }
            restates = true; // "the bombing": an act told before, resolved against the article's events
        }
        if (referred && (construction == null || reported)) {
            r = Restatements.own(s, m.head(), r); // the verb's parties are not the act's
        }
        List<ActorMention> taken = p.has(TriggerFlag.PEOPLE_OBJECT) && type.equals("ASSAULT") ? taken(s, m.head(), r) : List.of();
        if (!taken.isEmpty() && !r.source().isEmpty() && r.source().stream().allMatch(ActorMention::isState)) {
            type = "COERCE"; // "soldiers captured three fighters" hold them; "captured the town" stays an attack
            mode = "arrest";
        } else if (!taken.isEmpty() && taken.stream().noneMatch(ActorMention::isArmed)) {
            mode = "abduct"; // "gunmen seized 15 pupils"
        }
        if (type.equals("ASSAULT") && (mode == null || mode.equals("destroy"))
                && r.source().stream().anyMatch(a -> "PROTESTERS".equals(a.type()))) {
            type = "PROTEST"; // protesters storming or wrecking a building is coded as protest
        }
        if (type.equals("ASSAULT")) {
            mode = weapons.refine(s, m.head(), mode);
        }
        PlaceRef place = placer.place(s, m.head(), r.placeObject(), r);
        EventDate date = dater.date(s, m.head(), m.tokens(), times, published, modality.equals(Modality.FUTURE));
        boolean occurs = reported && (place != null && !"article".equals(place.basis()) || date != null && date.mention() != null);
        // last, as it scans the sentence for a relative phrase ("the next day"): only party-less drafts need it
        boolean unanchored = r.isEmpty() && !anchored(s, m, place, date) && !occurs && !restates
                && !RelativeDates.inClause(s, m.head(), temporalAnaphora.phraseStart(s));
        if (unanchored && !bothSides) {
            return null; // no identifiable party and nothing that pins down a happening: generic statement
        }
        Draft d = new Draft();
        d.type = type;
        d.mode = mode;
        d.source = refs(r.source(), s);
        d.target = refs(r.target(), s);
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
        d.attribution = Attribution.of(s, m.head(), roleFinder, text);
        d.lemma = s.token(m.head()).lowerLemma();
        d.capture = construction != null && construction.construction().has(Construction.Flag.CAPTURE);
        d.restates = restates;
        d.bothSides = bothSides;
        d.onlyBySides = bothSides && (lacksActor || unanchored);
        d.reciprocal = bothSides && BothSides.reciprocal(s, m.head());
        d.casualty = casualty;
        return d;
    }

    /**
     * The people the verb takes: targets covering its object or passive subject, other than a state or
     * what stands for one ("seized the tanker", "captured Russia's ship" take no captives).
     */
    private static List<ActorMention> taken(Sentence s, int verb, Roles r) {
        List<ActorMention> out = new ArrayList<>();
        for (String relation : List.of("obj", "nsubj:pass")) {
            for (int o : s.children(verb, relation)) {
                r.target().stream().filter(a -> a.covers(s.index(), o) && !"GOVERNMENT".equals(a.type())).forEach(out::add);
            }
        }
        return out;
    }

    /** A noun, or a gerund used as one ("six weeks of fighting", "return to fighting"). */
    private static boolean isNominal(Sentence s, int head) {
        var t = s.token(head);
        if (t.isNoun()) {
            return true;
        }
        if (!t.pos().equals("VBG") || ClauseShape.gerundBeforeItsObject(s, head)) {
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
     * "the killing of seven demonstrators", "the abduction of 137 pupils": victims counted in the noun's
     * own "of" phrase pin an attack or arrest down, as its own actor does; "the killing of civilians" stays a
     * reference, and so does "the deployment of 1,000 officers" (no victims).
     */
    private static boolean countsItsVictims(Sentence s, int noun, Roles r) {
        for (ActorMention a : r.target()) {
            for (int t = a.tokenStart(); a.sentence() == s.index() && t < a.tokenEnd(); t++) {
                var up = s.headEdge(t);
                if (up != null && up.governor() == noun && up.relation().equals("nmod")
                        && "of".equals(PhraseActors.caseOf(s, t)) && !s.children(t, "nummod").isEmpty()) {
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
        return datedInText || (placeInClause && s.token(m.head()).isVerb()) || countedPatient(s, m.head());
    }

    /**
     * "Thousands have been arrested", "police detained 12": a verb whose patient is a bare figure of people
     * reports a happening, as a named party would (casualty verbs were set aside as counts before this).
     */
    private static boolean countedPatient(Sentence s, int verb) {
        if (!s.token(verb).isVerb()) {
            return false;
        }
        for (String relation : List.of("obj", "nsubj:pass")) {
            for (int o : s.children(verb, relation)) {
                var t = s.token(o);
                if (t.pos().equals("CD") || t.pos().equals("NNS") && ROUND_NUMBERS.contains(t.lowerWord())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The role finder's actors as references: one named in another sentence was reached through a pronoun
     * or description of this one ({@code grammar.Anaphora}), the only way a role finds it.
     */
    static List<ActorRef> refs(List<ActorMention> mentions, Sentence s) {
        List<ActorRef> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            out.add(m.sentence() == s.index() ? m.ref() : m.ref().withBasis(RoleBasis.ANAPHORA));
        }
        return out;
    }

}

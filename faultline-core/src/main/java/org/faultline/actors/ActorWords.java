package org.faultline.actors;

import java.util.Map;
import java.util.Set;
import org.faultline.lexicon.Lexicon;

/**
 * The lexicon concepts actor recognition reads (files under {@code faultline/lexicon/LANG/}), loaded
 * once per recogniser.
 *
 * @param locatives prepositions before a place ("in Iraq" names the place)
 * @param capitalCues words before a capital's name that make it the city ("the capital Sanaa")
 * @param nameConnectors lower-case words inside one proper name ("Mocimboa da Praia")
 * @param facilities posts and units of the actor named before them ("police station")
 * @param groups nouns for a body of people after an agent noun ("rebel group"), lemmas
 * @param descriptivePrefixes first halves of hyphenated descriptions ("pro-Russian")
 * @param descriptiveSuffixes second halves of hyphenated descriptions ("Russian-speaking")
 * @param nonStateModifiers words that make a national group non-state, with the actor type ("gang"), lemmas
 * @param headNouns organisation head nouns that refer back alone ("the coalition")
 * @param quantityModifiers words of a counted group before its noun ("about", "hundreds")
 * @param roundNumberPlurals plurals that take "of" in a count ("hundreds of")
 * @param comparatives words that take "than" in a count ("more than")
 * @param anaphoric determiners that make an agent noun refer back ("these forces")
 * @param backingParticiples participles after "Name-" that make the phrase the backed party ("UN-backed")
 * @param countedPersons nouns for people that name a party only when counted or aged ("two men")
 * @param addressWords words whose "to" addresses a party, not a place ("a warning to Iran", "its ambassador to Spain")
 */
record ActorWords(Set<String> locatives, Set<String> capitalCues, Set<String> nameConnectors, Set<String> facilities,
                  Set<String> groups, Set<String> descriptivePrefixes, Set<String> descriptiveSuffixes,
                  Map<String, String> nonStateModifiers, Set<String> headNouns, Set<String> quantityModifiers,
                  Set<String> roundNumberPlurals, Set<String> comparatives, Set<String> anaphoric,
                  Set<String> backingParticiples, Set<String> namingParticiples, Set<String> countedPersons,
                  Set<String> addressWords) {

    static ActorWords from(Lexicon lexicon) {
        return new ActorWords(lexicon.words("locative-prepositions"), lexicon.words("capital-cues"),
                lexicon.words("name-connectors"), lexicon.words("facility-nouns"), lexicon.words("group-nouns"),
                lexicon.words("descriptive-prefixes"), lexicon.words("descriptive-suffixes"),
                lexicon.table("non-state-modifiers"), lexicon.words("organisation-head-nouns"),
                lexicon.words("quantity-modifiers"), lexicon.words("round-number-plurals"),
                lexicon.words("comparatives"), lexicon.words("anaphoric-determiners"),
                lexicon.words("backing-participles"), lexicon.words("naming-participles"),
                lexicon.words("counted-person-nouns"), lexicon.words("address-words"));
    }
}

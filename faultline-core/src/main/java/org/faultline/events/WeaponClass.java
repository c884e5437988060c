package org.faultline.events;

import org.faultline.text.ClosedVocabulary;

/**
 * The kind of weapon a clause names (lexicon/weapons.tsv, third column), finer than the PLOVER mode where
 * other schemes tell weapons apart: ACLED codes a grenade, a remote explosive and a suicide bomb, all PLOVER
 * "explosives" or "suicide-attack", as different sub-events, and a missile apart from an air strike.
 * Declared from most to least specific: a suicide car bomb is a suicide attack before it is a bomb, and
 * shells filled with gas are a chemical attack.
 */
public enum WeaponClass implements ClosedVocabulary.Worded {
    SUICIDE("suicide"), CHEMICAL("chemical"), DRONE("drone"), AIRCRAFT("aircraft"), MISSILE("missile"),
    ROCKET("rocket"), ARTILLERY("artillery"), GRENADE("grenade"), EXPLOSIVE("explosive"),
    CROWD_CONTROL("crowd-control"), FIREARM("firearm"), BLADE("blade");

    private final String word;

    WeaponClass(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}

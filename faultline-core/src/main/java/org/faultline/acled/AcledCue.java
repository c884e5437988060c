package org.faultline.acled;

import org.faultline.text.ClosedVocabulary;

/**
 * What the words around an event say that ACLED's sub-event types turn on and the PLOVER type does not carry
 * (acled/cues.tsv names the words, acled/rules.tsv the cues each sub-event needs or excludes). A cue the
 * code does not know fails at load.
 */
public enum AcledCue implements ClosedVocabulary.Worded {
    /** The state takes back a place ("recaptured", "retook", "liberated", "drove ... out of"). */
    REGAIN("regain"),
    /** A party takes a place ("seized the town", "took control of", "overran", "fell to"). */
    TAKEOVER("takeover"),
    /** Control changed hands without fighting ("without a fight", "handed over", "pulled out", "under a deal"). */
    NO_FIGHT("no-fight"),
    /** Armed parties fought each other ("clashed", "exchange of fire", "returned fire", "gunbattle"). */
    FIGHTING("fighting"),
    /** A weapon was stopped before it did harm: intercepted, shot down, defused, foiled. */
    DISRUPTED("disrupted"),
    /** Weapons or ammunition were seized, found or recovered. */
    WEAPONS_SEIZED("weapons-seized"),
    /** A base, camp, headquarters or post was set up. */
    BASE("base"),
    /** Goods were looted or property destroyed. */
    LOOT("loot"),
    /** Property burned, destroyed or vandalised. */
    DESTROY("destroy"),
    /** Nobody was hurt. */
    NO_CASUALTIES("no-casualties"),
    /** Rape and other sexual violence. */
    SEXUAL("sexual"),
    /** Kidnapping, abduction, disappearance. */
    ABDUCT("abduct"),
    /** Arrest or detention. */
    ARREST("arrest"),
    /** A demonstration, march, rally, sit-in or strike. */
    PROTEST("protest"),
    /** Demonstrators dispersed, blocked or prevented: tear gas, water cannon, breaking up a gathering. */
    DISPERSE("disperse"),
    /** Lethal or severe force: live fire, shooting, beating. */
    LETHAL("lethal"),
    /** The demonstrators were peaceful or unarmed. */
    PEACEFUL("peaceful"),
    /** Demonstrators' own violence: stones, burning tyres, barricades, arson, vandalism, storming. */
    CROWD_VIOLENCE("crowd-violence"),
    /** A mob or crowd attacking someone: lynching, vigilante killing, beating a suspect to death. */
    MOB("mob"),
    /** An agreement: ceasefire, truce, peace deal, accord, prisoner exchange. */
    AGREEMENT("agreement"),
    /** A change to an armed group or its activity: deployment, reinforcement, defection, merger, new leader. */
    GROUP_CHANGE("group-change"),
    /** A non-violent measure that ACLED files as "Other": curfew, state of emergency, shutdown, ban, tax. */
    OTHER_MEASURE("other-measure"),
    /** People were killed or wounded (from the event's counts or the words). */
    CASUALTIES("casualties");

    private final String word;

    AcledCue(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}

package org.faultline.store;

import java.util.Locale;

/**
 * Actor names that stand on their own where no article is beside them (the network, a dossier's relations):
 * a state's sector named after its country ("Iraq government") reads "Government of Iraq", and a generic
 * description the recogniser attached to a country ("government", id {@code generic:unity
 * government@IRQ}) reads "Unity government of Iraq" instead of a bare common noun.
 */
public final class ActorNames {
    private ActorNames() {
    }

    /** The qualified name of an actor with this id, stored name and country (ISO alpha-3, may be null). */
    public static String qualified(String id, String name, String country) {
        if (name == null || name.isBlank()) {
            return id;
        }
        String place = Countries.name(country);
        if (place == null || place.equals(country)) {
            return name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String placeLower = place.toLowerCase(Locale.ROOT);
        if (lower.startsWith(placeLower + " ")) {
            return capitalised(name.substring(place.length() + 1)) + " of " + place;
        }
        boolean generic = id.startsWith("generic:") || Character.isLowerCase(name.codePointAt(0));
        if (generic && !lower.contains(placeLower)) {
            return capitalised(description(id, name)) + " of " + place;
        }
        return name;
    }

    /** A generic actor's description from its id ("generic:unity government@IRQ"), else its name. */
    private static String description(String id, String name) {
        if (id.startsWith("generic:")) {
            int at = id.indexOf('@');
            String d = id.substring("generic:".length(), at < 0 ? id.length() : at).strip();
            if (!d.isEmpty()) {
                return d;
            }
        }
        return name;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

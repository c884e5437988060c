package org.faultline.store.export;

import org.faultline.store.CanonicalEvent.EventActor;

/**
 * CAMEO-style actor codes for the GDELT and PLOVER exports: country (ISO alpha-3) plus a sector code
 * taken from the knowledge-base id ("IRQ/MIL") or, failing that, from the actor's type.
 */
final class ActorCodes {
    private ActorCodes() {
    }

    /** The CAMEO sector code, or "" when the type has none. */
    static String sector(EventActor a) {
        int slash = a.id().indexOf('/');
        if (slash > 0 && !a.id().contains(":")) {
            return switch (a.id().substring(slash + 1)) {
                case "POL" -> "COP";
                case "HOS" -> "GOV";
                default -> a.id().substring(slash + 1);
            };
        }
        return switch (String.valueOf(a.type())) {
            case "STATE_FORCES" -> "MIL";
            case "GOVERNMENT" -> "GOV";
            case "REBEL" -> "REB";
            case "JIHADIST" -> "INS";
            case "MILITIA" -> "UAF";
            case "PROTESTERS" -> "OPP";
            case "CIVILIANS" -> "CVL";
            case "IGO" -> "IGO";
            case "NGO" -> "NGO";
            case "MEDIA" -> "JRN";
            default -> "";
        };
    }

    /** Country plus sector ("IRQMIL", "SYRREB", "INS"), or "" when neither is known. */
    static String code(EventActor a) {
        return (a.country() == null ? "" : a.country()) + sector(a);
    }
}

package org.faultline.actors;

import java.util.List;

/**
 * One knowledge-base actor: a state or one of its sectors ("IRQ/MIL"), an organisation, an armed
 * group or a person. {@code from}/{@code to} (YYYY or YYYY-MM, nullable) bound the name's validity.
 */
public record ActorEntry(String id, String name, String type, String country, String sector, String parent,
                         List<String> aliases, String from, String to, String successor) {

    /** Whether the name was in use at a date (YYYY-MM-DD or shorter); open bounds always match. */
    public boolean validAt(String date) {
        if (date == null) {
            return true;
        }
        return (from == null || date.compareTo(from) >= 0) && (to == null || date.substring(0, Math.min(date.length(), to.length())).compareTo(to) <= 0);
    }

    /** A state itself, not one of its sectors. */
    public boolean isState() {
        return sector == null && country != null && id.equals(country);
    }

    public boolean isPerson() {
        return "PERSON".equals(type);
    }
}

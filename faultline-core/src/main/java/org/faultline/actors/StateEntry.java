package org.faultline.actors;

import java.util.List;
import java.util.Map;

/** A state as written in states.json; the knowledge base expands it into per-sector entries. */
public record StateEntry(String iso3, String name, List<String> aliases, List<String> adjectives, String capital,
                         List<String> metonyms, Map<String, List<String>> sectorAliases) {
}

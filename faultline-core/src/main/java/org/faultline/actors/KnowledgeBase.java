package org.faultline.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.text.DataFiles;
import org.faultline.text.DataTable;
import org.faultline.text.Normalizer;

/**
 * The actor knowledge base: states (expanded into GOV/MIL/POL/LEG/HOS sectors), IGOs, NGOs, media,
 * armed groups and people, loaded from the JSON files listed in {@code faultline/actors/files.txt},
 * then from any user files, whose entries override bundled ones with the same id.
 */
public final class KnowledgeBase {
    private static final String INDEX = "faultline/actors/files.txt";
    /** The sectors each state expands into, in file order: code, actor type, label. */
    private static final List<DataTable.Row> SECTORS = DataTable.read(
            "faultline/actors/sectors.tsv", List.of("sector", "type", "label"));
    private static volatile KnowledgeBase bundled;

    private final Map<String, ActorEntry> byId = new LinkedHashMap<>();
    private final Map<String, String> adjectives = new HashMap<>();
    private final Map<String, AgentNoun> agents = new HashMap<>();
    private final Map<String, StateEntry> states = new LinkedHashMap<>();
    private AliasIndex aliasIndex;

    private KnowledgeBase() {
    }

    /** The bundled knowledge base, loaded once per JVM. */
    public static KnowledgeBase bundled() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                kb = bundled;
                if (kb == null) {
                    kb = load(List.of());
                    bundled = kb;
                }
            }
        }
        return kb;
    }

    /** Bundled files plus user files (same JSON shapes), later entries overriding earlier ones by id. */
    public static KnowledgeBase load(List<Path> userFiles) {
        KnowledgeBase kb = new KnowledgeBase();
        ObjectMapper json = new ObjectMapper();
        for (DataFiles.Line name : DataFiles.lines(INDEX)) {
            String file = name.text().strip();
            try (BufferedReader in = DataFiles.reader("faultline/actors/" + file)) {
                kb.add(json.readTree(in), file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled actor file " + file, e);
            }
        }
        for (Path p : userFiles) {
            try (BufferedReader in = DataFiles.reader(p)) {
                kb.add(json.readTree(in), p.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(p + ": cannot read actor file: " + e.getMessage(), e);
            }
        }
        kb.aliasIndex = new AliasIndex(kb.byId.values());
        return kb;
    }

    private void add(JsonNode root, String origin) {
        for (JsonNode s : root.path("states")) {
            addState(s);
        }
        for (JsonNode a : root.path("agents")) {
            AgentNoun agent = new AgentNoun(a.path("noun").asText(), text(a, "sector"), text(a, "type"),
                    a.path("generic").asBoolean(false));
            agents.put(Normalizer.key(agent.noun()), agent);
        }
        for (JsonNode a : root.path("actors")) {
            String id = text(a, "id");
            if (id == null) {
                throw new IllegalArgumentException(origin + ": actor without id: " + a);
            }
            String parent = text(a, "parent");
            for (JsonNode role : a.path("roles")) {
                parent = text(role, "org"); // the latest listed role names the organisation
            }
            byId.put(id, new ActorEntry(id, text(a, "name"), text(a, "type"), text(a, "country"), null, parent,
                    strings(a.path("aliases")), text(a, "from"), text(a, "to"), text(a, "successor")));
        }
    }

    private void addState(JsonNode s) {
        String iso3 = text(s, "iso3");
        Map<String, List<String>> sectors = new LinkedHashMap<>();
        s.path("sector_aliases").fields().forEachRemaining(e -> sectors.put(e.getKey(), strings(e.getValue())));
        StateEntry state = new StateEntry(iso3, text(s, "name"), strings(s.path("aliases")),
                strings(s.path("adjectives")), text(s, "capital"), strings(s.path("metonyms")), sectors);
        states.put(iso3, state);
        List<String> names = new ArrayList<>(state.aliases());
        names.add(state.name());
        byId.put(iso3, new ActorEntry(iso3, state.name(), "GOVERNMENT", iso3, null, null, names, null, null, null));
        for (DataTable.Row row : SECTORS) {
            String sector = row.get("sector");
            List<String> aliases = new ArrayList<>(sectors.getOrDefault(sector, List.of()));
            if (sector.equals("GOV")) {
                aliases.addAll(state.metonyms());
            }
            String id = iso3 + "/" + sector;
            byId.put(id, new ActorEntry(id, state.name() + " " + row.get("label"), row.get("type"), iso3,
                    sector, iso3, aliases, null, null, null));
        }
        for (String adj : state.adjectives()) {
            adjectives.put(Normalizer.key(adj), iso3);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(v -> out.add(v.asText()));
        return out;
    }

    public ActorEntry get(String id) { return byId.get(id); }

    public Collection<ActorEntry> entries() { return byId.values(); }

    public AliasIndex aliases() { return aliasIndex; }

    /** ISO3 of a nationality adjective or demonym ("Iraqi", "Emiratis"), or null. */
    public String countryOfAdjective(String word) { return adjectives.get(Normalizer.key(word)); }

    public AgentNoun agent(String noun) { return agents.get(Normalizer.key(noun)); }

    /** Every agent noun ("soldiers", "protesters"), in no particular order. */
    public Collection<AgentNoun> agents() { return agents.values(); }

    public StateEntry state(String iso3) { return states.get(iso3); }

    /** Among the entries an alias names, the one valid at the article date, else the first listed; or null. */
    public ActorEntry named(String alias, String date) {
        ActorEntry best = null;
        for (ActorEntry e : aliases().lookup(alias)) {
            if (best == null || (e.validAt(date) && !best.validAt(date))) {
                best = e;
            }
        }
        return best;
    }

    /** The entry for a state's sector ("IRQ", "MIL" gives IRQ/MIL), or the state itself when sector is null. */
    public ActorEntry sectorOf(String iso3, String sector) {
        ActorEntry e = sector == null ? null : byId.get(iso3 + "/" + sector);
        return e != null ? e : byId.get(iso3);
    }

    public int size() { return byId.size(); }
}

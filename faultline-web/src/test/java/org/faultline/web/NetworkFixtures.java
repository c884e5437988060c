package org.faultline.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Relation;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;
import org.faultline.store.Store;

/**
 * A store whose actor network has {@link #ACTORS} actors of every knowledge-base type, joined by a seeded
 * random graph in which a few actors have many relations (each new actor links to one chosen in proportion
 * to its links so far, plus random extra links), as a big conflict's coverage does. Each relation is its own
 * sentence ("A backs B.") in one of 25 dated articles, so every offset points at real text. One actor is a
 * generic description attached to Iraq (stored name "government"), for the qualified names.
 */
final class NetworkFixtures {
    static final int ACTORS = 500;
    static final String[] TYPES = {"GOVERNMENT", "STATE_FORCES", "REBEL", "JIHADIST", "MILITIA", "IGO", "NGO", "MEDIA",
        "PERSON", "CIVILIANS", "PROTESTERS", "OTHER"};
    static final String[] RELATIONS = {"SUPPORTS", "ALLIED", "HOSTILE", "PART_OF"};
    static final String[] WORDS = {"Northern", "Brigade", "Front", "Council", "Movement", "Union", "Army", "Liberation",
        "Popular", "Coalition", "Watch", "Tribune", "Alliance", "Guard", "Forces", "Revolutionary"};
    static final String GENERIC = "generic:government@IRQ";

    private NetworkFixtures() {
    }

    static Store store(Path db) {
        Random random = new Random(18);
        List<String[]> actors = new ArrayList<>(); // id, name, type, country
        actors.add(new String[] {GENERIC, "government", "GOVERNMENT", "IRQ"});
        for (int i = 1; i < ACTORS; i++) {
            String name = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + i;
            actors.add(new String[] {"NET" + i, name, TYPES[i % TYPES.length], i % 3 == 0 ? "SYR" : null});
        }
        List<int[]> edges = new ArrayList<>();
        List<Integer> ends = new ArrayList<>(List.of(0));
        for (int i = 1; i < ACTORS; i++) {
            int j = ends.get(random.nextInt(ends.size()));
            edges.add(new int[] {i, j, i % RELATIONS.length});
            ends.add(i);
            ends.add(j);
        }
        for (int k = 0; k < ACTORS / 2; k++) {
            int a = random.nextInt(ACTORS);
            int b = random.nextInt(ACTORS);
            if (a != b) {
                edges.add(new int[] {a, b, random.nextInt(RELATIONS.length)});
            }
        }
        Store store = Store.open(db);
        int perArticle = (edges.size() + 24) / 25;
        for (int n = 0; n * perArticle < edges.size(); n++) {
            store.put(article(n, edges.subList(n * perArticle, Math.min(edges.size(), (n + 1) * perArticle)), actors));
        }
        return store;
    }

    private static Analysis article(int n, List<int[]> edges, List<String[]> actors) {
        StringBuilder text = new StringBuilder();
        Map<String, Actor> named = new LinkedHashMap<>();
        List<Relation> relations = new ArrayList<>();
        for (int[] e : edges) {
            String[] a = actors.get(e[0]);
            String[] b = actors.get(e[1]);
            int start = text.length();
            ActorRef source = ref(a, text.length(), text);
            text.append(' ');
            int verb = text.length();
            text.append("meets");
            text.append(' ');
            ActorRef target = ref(b, text.length(), text);
            text.append(". ");
            relations.add(new Relation(RELATIONS[e[2]], source, target, null, null, new Span(start, text.length() - 1),
                    new Span(verb, verb + 5)));
            for (ActorRef r : List.of(source, target)) {
                named.computeIfAbsent(r.id(), id -> new Actor(id, r.name(), r.type(), r.country(), null, null, true,
                        List.of(r.text()), new ArrayList<>())).mentions().add(r.mention());
            }
        }
        Article article = new Article("net-" + n, LocalDate.of(2020, 1, 1).plusDays(7L * n), "Network " + n, "Fixture",
                null, text.toString(), "net-" + n + ".jsonl:1");
        return new Analysis(article, List.of(), List.copyOf(named.values()), List.of(), relations, List.of());
    }

    private static ActorRef ref(String[] a, int at, StringBuilder text) {
        text.append(a[1]);
        return new ActorRef(a[0], a[1], a[1], a[3], a[2], true, new Span(at, at + a[1].length()));
    }
}

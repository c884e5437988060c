package org.faultline.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.ingest.Article;

/**
 * A deterministic benchmark corpus: given seed articles and a seed number, builds N distinct articles
 * by recombining the seeds' sentences into new paragraphs, substituting people, armed groups, places
 * and weekdays from small lists, adding a generated lead sentence and a random published date. The
 * same inputs and seed give the same corpus; no two generated texts are equal.
 */
public final class CorpusGenerator {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[A-Z\"“])");

    private static final List<String> PLACES = List.of("Fallujah", "Mosul", "Raqqa", "Sirte", "Baghdad", "Hodeidah",
            "Sanaa", "Stepanakert", "Shusha", "Ganja", "Yerevan", "Jizan", "Aleppo", "Homs", "Kirkuk", "Tikrit",
            "Ramadi", "Misrata", "Benghazi", "Taiz", "Marib", "Aden", "Idlib", "Kandahar", "Mogadishu", "Kismayo",
            "Goma", "Bunia", "Gao", "Timbuktu", "Maiduguri", "Donetsk", "Kharkiv", "Mariupol", "Khartoum",
            "El Fasher", "Tripoli", "Kabul", "Kunduz", "Juba", "Bangui", "Mekelle");
    private static final List<String> PEOPLE = List.of("Martin Griffiths", "Carrie Lam", "Joshua Wong",
            "Nikol Pashinyan", "Ilham Aliyev", "Antonio Guterres", "Khaled al-Yamani", "Ararat Mirzoyan",
            "Niall Mulholland", "Ahmed Hassan", "Maria Lopez", "John Okello", "Fatima Diallo", "Omar Haddad",
            "Elena Petrova", "Samuel Mensah", "Leila Karimi", "David Mwangi", "Yusuf Abdi", "Anna Kowalski");
    private static final List<String> GROUPS = List.of("Isis", "al-Shabaab", "Boko Haram", "Hezbollah", "Hamas",
            "the Houthis", "the Taliban", "the Wagner Group", "the M23 rebels", "the Rapid Support Forces");
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> LEADS = List.of(
            "%s fighters attacked positions near %s on %s, killing %d people, officials said.",
            "Clashes between %s and government troops in %s on %s left %d dead, witnesses said.",
            "%s said on %s that it had seized %s after fighting in which %d soldiers were killed.",
            "Security forces arrested %d suspected members of %s in %s on %s, police said.",
            "Hundreds of people protested in %s on %s against %s, and police detained %d of them.");
    private static final Pattern SUBSTITUTABLE = Pattern.compile("\\b(" + String.join("|",
            concat(PLACES, PEOPLE, List.of("Isis", "Houthis?"), WEEKDAYS).stream()
                    .map(s -> s.replace(" ", "\\s")).toList()) + ")\\b");

    private final List<String> sentences = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();

    public CorpusGenerator(List<Article> seeds) {
        for (Article a : seeds) {
            for (String para : a.text().split("\\n\\s*\\n")) {
                String p = para.strip().replaceAll("\\s+", " ");
                if (p.isEmpty()) {
                    continue;
                }
                boolean headline = !p.matches(".*[.!?\"”]$");
                if (headline) {
                    titles.add(p);
                    continue;
                }
                for (String s : SENTENCE_END.split(p)) {
                    if (s.length() >= 30) {
                        sentences.add(s);
                    }
                }
            }
        }
        if (sentences.size() < 10) {
            throw new IllegalArgumentException("seed articles give only " + sentences.size()
                    + " usable sentences; need at least 10");
        }
    }

    public int sentencePool() {
        return sentences.size();
    }

    /** {@code n} distinct articles, the same for the same seed articles and {@code seed}. */
    public List<Article> generate(int n, long seed) {
        Random rnd = new Random(seed);
        Set<String> seen = new HashSet<>();
        List<Article> out = new ArrayList<>(n);
        LocalDate first = LocalDate.of(2012, 1, 1);
        while (out.size() < n) {
            LocalDate published = first.plusDays(rnd.nextInt(365 * 13));
            Map<String, String> swap = substitution(rnd);
            StringBuilder text = new StringBuilder();
            String headline = titles.isEmpty() ? null : titles.get(rnd.nextInt(titles.size()));
            if (headline != null) {
                text.append(substitute(headline, swap)).append("\n\n");
            }
            text.append(lead(rnd)).append("\n\n");
            int paragraphs = 4 + rnd.nextInt(9);
            for (int p = 0; p < paragraphs; p++) {
                int k = 1 + rnd.nextInt(3);
                for (int s = 0; s < k; s++) {
                    if (s > 0) {
                        text.append(' ');
                    }
                    text.append(substitute(sentences.get(rnd.nextInt(sentences.size())), swap));
                }
                text.append("\n\n");
            }
            String t = text.toString().strip() + "\n";
            if (!seen.add(t)) {
                continue;
            }
            String id = String.format("bench-%05d", out.size());
            out.add(new Article(id, published, headline, "bench", null, t, "bench:" + id));
        }
        return out;
    }

    private static Map<String, String> substitution(Random rnd) {
        Map<String, String> swap = new LinkedHashMap<>();
        for (String p : PLACES) {
            swap.put(p, pick(rnd, PLACES));
        }
        for (String p : PEOPLE) {
            swap.put(p, pick(rnd, PEOPLE));
        }
        String group = pick(rnd, GROUPS);
        String bare = group.startsWith("the ") ? group.substring(4) : group;
        swap.put("Isis", bare);
        swap.put("Houthis", bare);
        swap.put("Houthi", bare);
        List<String> days = new ArrayList<>(WEEKDAYS);
        java.util.Collections.shuffle(days, rnd);
        for (int i = 0; i < WEEKDAYS.size(); i++) {
            swap.put(WEEKDAYS.get(i), days.get(i));
        }
        return swap;
    }

    private static String lead(Random rnd) {
        String template = pick(rnd, LEADS);
        String group = pick(rnd, GROUPS);
        String place = pick(rnd, PLACES);
        String day = pick(rnd, WEEKDAYS);
        int count = 2 + rnd.nextInt(120);
        String s = switch (LEADS.indexOf(template)) {
            case 0 -> String.format(template, group, place, day, count);
            case 1 -> String.format(template, group, place, day, count);
            case 2 -> String.format(template, group, day, place, count);
            case 3 -> String.format(template, count, group, place, day);
            default -> String.format(template, place, day, group, count);
        };
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String substitute(String s, Map<String, String> swap) {
        Matcher m = SUBSTITUTABLE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = m.group(1).replaceAll("\\s", " ");
            String by = swap.getOrDefault(found, found);
            m.appendReplacement(out, Matcher.quoteReplacement(by));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String pick(Random rnd, List<String> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        all.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return all;
    }
}

package org.faultline.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Build step (exec-maven-plugin, process-classes): compacts GeoNames cities500, admin1 and admin2 codes
 * and country info plus the hand-written supplement into {@code faultline/geo/gazetteer.bin}. Run as
 * {@code GazetteerIndexBuilder SRC_DIR RESOURCE_DIR OUT_FILE}, where SRC_DIR holds what
 * {@code build/fetch-geo-data.sh} and the dependency unpack put there. It does nothing when the
 * inputs and its own code are unchanged since the last run, so rebuilds stay cheap. Build-time code:
 * it lives in {@code src/build/java}, compiled beside the production classes it shares (the index format,
 * {@link Names}) and never packaged.
 */
public final class GazetteerIndexBuilder {

    /** GeoNames populated-place codes that are not places any more (historical, abandoned, destroyed). */
    private static final Set<String> DEAD_CODES = Set.of("PPLH", "PPLQ", "PPLW", "PPLCH");

    private static final Pattern CODE_LIKE = Pattern.compile("[A-Z0-9]{2,5}");
    private static final Pattern URL_LIKE = Pattern.compile("(?i)https?:|www\\.|\\.(com|org|net)\\b|://");

    private final Path src;
    private final Path res;

    // country table
    private final List<String> iso2 = new ArrayList<>();
    private final List<String> iso3 = new ArrayList<>();
    private final Map<String, Integer> countryByIso2 = new HashMap<>();
    private final Map<String, Integer> countryByIso3 = new HashMap<>();
    private final List<String[]> countryInfo = new ArrayList<>(); // name, geonameid, population

    // admin1 table
    private final List<String> admin1Codes = new ArrayList<>();
    private final List<String[]> admin1Info = new ArrayList<>(); // name, asciiname, geonameid
    private final Map<String, Integer> admin1ByCode = new HashMap<>();

    // the populated places of each admin2 code ("US.KY.125"), for its seat and population
    private final Map<String, List<Entry>> admin2Towns = new HashMap<>();

    private final Set<String> commonKeys = new HashSet<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> featureIndex = new LinkedHashMap<>();

    /** One record under construction. */
    private static final class Entry {
        int geonameId;
        double lat;
        double lon;
        long population;
        GeoKind kind;
        String feature;
        int country = -1;
        int admin1 = -1;
        final List<String> primary = new ArrayList<>();    // name, ascii name (curated aliases too)
        final List<String> alternates = new ArrayList<>();
    }

    private GazetteerIndexBuilder(Path src, Path res) {
        this.src = src;
        this.res = res;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GazetteerIndexBuilder SRC_DIR RESOURCE_DIR OUT_FILE");
            System.exit(2);
        }
        Path src = Path.of(args[0]);
        Path res = Path.of(args[1]);
        Path out = Path.of(args[2]);
        List<Path> inputs = List.of(src.resolve("cities500.txt"), src.resolve("admin2.json"),
                src.resolve("geonames.org/admin1CodesASCII.txt"),
                src.resolve("geonames.org/countryInfo.txt"), res.resolve("supplement.tsv"),
                res.resolve("common-extra.txt"), res.resolve("../lexicon/en/name-articles.txt"));
        Path stamp = src.resolve("gazetteer.fingerprint");
        String fingerprint = fingerprint(inputs);
        if (Files.exists(out) && Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[geo] gazetteer index up to date: " + out);
            return;
        }
        long t0 = System.nanoTime();
        GazetteerIndexBuilder b = new GazetteerIndexBuilder(src, res);
        GazetteerIndex ix = b.build();
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            ix.write(os);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(stamp, fingerprint);
        System.out.printf(Locale.ROOT, "[geo] wrote %s: %d entries, %d keys, %.1f MB in %d ms%n", out, ix.size,
                ix.keyCount, Files.size(out) / 1e6, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * A fingerprint of everything the index is built from: the data files (by size and time: they
     * only change when fetched again) and the builder's own classes and hand-written resources (by
     * content, since Maven recompiles unchanged classes). Kept beside the output.
     */
    private static String fingerprint(List<Path> inputs) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Integer.toString(GazetteerIndex.VERSION).getBytes(StandardCharsets.UTF_8));
            for (Path p : inputs) {
                if (Files.size(p) > (1 << 20)) {
                    md.update((p + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis())
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    md.update(Files.readAllBytes(p));
                }
            }
            for (Class<?> c : List.of(GazetteerIndexBuilder.class, GazetteerIndex.class, Names.class, Supplement.class,
                    GeoKind.class)) {
                try (var in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    md.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    GazetteerIndex build() throws IOException {
        readCountries();
        readAdmin1();
        readCommonWords();
        Map<String, Supplement.Row> countryRows = new LinkedHashMap<>();
        List<Supplement.Row> others = new ArrayList<>();
        for (Supplement.Row r : Supplement.read(res.resolve("supplement.tsv"))) {
            if (r.kind() == GeoKind.COUNTRY) {
                countryRows.put(r.iso3(), r);
            } else {
                others.add(r);
            }
        }
        double[][] admin1Acc = readCities();
        addAdmin1(admin1Acc);
        addAdmin2();
        int[] countryRecord = addCountries(countryRows);
        addSupplement(others);
        return assemble(countryRecord);
    }

    // ---------------------------------------------------------------- sources

    private void readCountries() throws IOException {
        for (String line : Files.readAllLines(src.resolve("geonames.org/countryInfo.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            int i = iso2.size();
            iso2.add(f[0]);
            iso3.add(f[1]);
            countryByIso2.put(f[0], i);
            countryByIso3.put(f[1], i);
            countryInfo.add(new String[] {f[4].trim(), f[16].trim(), f[7].trim()});
        }
    }

    private void readAdmin1() throws IOException {
        for (String line : Files.readAllLines(src.resolve("geonames.org/admin1CodesASCII.txt"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                continue;
            }
            admin1ByCode.put(f[0], admin1Codes.size());
            admin1Codes.add(f[0]);
            admin1Info.add(new String[] {f[1], f[2], f[3]});
        }
    }

    /** SCOWL sizes 10-35 (the common core of English) plus the project's list of given names etc. */
    private void readCommonWords() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(src.resolve("wordlist"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                for (String w : json.readValue(p.toFile(), String[].class)) {
                    if (w.equals(Names.lower(w))) { // proper nouns in SCOWL are capitalised: not "common"
                        commonKeys.add(Names.key(w));
                    }
                }
            }
        }
        for (String line : Files.readAllLines(res.resolve("common-extra.txt"), StandardCharsets.UTF_8)) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
                commonKeys.add(Names.key(w));
            }
        }
    }

    /** Reads cities500; returns per admin1: {sum pop, count, then lat/lon pairs appended via lists}. */
    private double[][] readCities() throws IOException {
        List<List<double[]>> pts = new ArrayList<>();
        for (int i = 0; i < admin1Codes.size(); i++) {
            pts.add(new ArrayList<>());
        }
        long[] pop = new long[admin1Codes.size()];
        try (BufferedReader r = Files.newBufferedReader(src.resolve("cities500.txt"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || DEAD_CODES.contains(f[7])) {
                    continue;
                }
                Entry e = new Entry();
                e.geonameId = Integer.parseInt(f[0]);
                e.lat = Double.parseDouble(f[4]);
                e.lon = Double.parseDouble(f[5]);
                e.population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                e.kind = GeoKind.CITY;
                e.feature = f[7];
                e.country = countryByIso2.getOrDefault(f[8], -1);
                e.admin1 = admin1ByCode.getOrDefault(f[8] + "." + f[10], -1);
                addPrimary(e, f[1]);
                addPrimary(e, f[2]);
                for (String alt : f[3].split(",")) {
                    addAlternate(e, alt);
                }
                entries.add(e);
                if (!f[10].isEmpty() && !f[11].isEmpty()) {
                    admin2Towns.computeIfAbsent(f[8] + "." + f[10] + "." + f[11], k -> new ArrayList<>()).add(e);
                }
                if (e.admin1 >= 0) {
                    pts.get(e.admin1).add(new double[] {e.lat, e.lon});
                    pop[e.admin1] += e.population;
                }
            }
        }
        double[][] acc = new double[admin1Codes.size()][];
        for (int i = 0; i < acc.length; i++) {
            List<double[]> p = pts.get(i);
            if (p.isEmpty()) {
                continue;
            }
            double[] la = p.stream().mapToDouble(x -> x[0]).sorted().toArray();
            double[] lo = p.stream().mapToDouble(x -> x[1]).sorted().toArray();
            acc[i] = new double[] {middle(la), middle(lo), pop[i]};
        }
        return acc;
    }

    /**
     * The middle of the range a division's places cover, leaving out the outer 2% on each side (an
     * island or a stray record would stretch it). Close to the point GeoNames gives a division: the
     * median of the places is pulled towards where most people live (Texas' towns put it 180 km east).
     */
    static double middle(double[] sorted) {
        int cut = sorted.length / 100;
        return (sorted[cut] + sorted[sorted.length - 1 - cut]) / 2;
    }

    /**
     * Second-order divisions (counties, districts, local government areas) from GeoNames' admin2
     * codes. The codes carry no coordinates: a division is placed at its seat (the PPLA2 place of the
     * same code), else at its largest place, and left out when cities500 has no place in it. Its
     * population is the sum of its places'. The name as written ("Laurel County") is its own; the name
     * without the division word ("Laurel") only an alternate, so the town keeps the bare name.
     */
    private void addAdmin2() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (var node : json.readTree(src.resolve("admin2.json").toFile())) {
            String code = node.get("code").asText();
            String name = node.get("name").asText();
            List<Entry> towns = admin2Towns.get(code);
            if (towns == null || name.isBlank()) {
                continue;
            }
            Entry seat = towns.stream().filter(t -> t.feature.equals("PPLA2")).findFirst()
                    .orElseGet(() -> towns.stream().max(java.util.Comparator.comparingLong(t -> t.population)).get());
            Entry e = new Entry();
            e.lat = seat.lat;
            e.lon = seat.lon;
            e.population = towns.stream().mapToLong(t -> t.population).sum();
            e.kind = GeoKind.ADMIN2;
            e.feature = "ADM2";
            e.country = seat.country;
            e.admin1 = seat.admin1;
            addPrimary(e, name);
            String bare = stripAdminWords(name);
            if (!bare.equals(name)) {
                addAlternate(e, bare);
            }
            entries.add(e);
        }
    }

    /** Admin1 divisions have no coordinates in GeoNames' table: use the middle of their places. */
    private void addAdmin1(double[][] acc) {
        for (int i = 0; i < admin1Codes.size(); i++) {
            if (acc[i] == null) {
                continue;
            }
            String[] info = admin1Info.get(i);
            Entry e = new Entry();
            e.geonameId = info[2].isEmpty() ? 0 : Integer.parseInt(info[2]);
            e.lat = acc[i][0];
            e.lon = acc[i][1];
            e.population = (long) acc[i][2];
            e.kind = GeoKind.ADMIN1;
            e.feature = "ADM1";
            String cc = admin1Codes.get(i).substring(0, admin1Codes.get(i).indexOf('.'));
            e.country = countryByIso2.getOrDefault(cc, -1);
            e.admin1 = i;
            for (String n : new String[] {info[0], info[1]}) {
                addPrimary(e, n);
                addPrimary(e, stripAdminWords(n));
            }
            entries.add(e);
        }
    }

    /** "Zangilan District" -> "Zangilan", "Muhafazat Sa'dah" -> "Sa'dah", "Shusha City" -> "Shusha". */
    static String stripAdminWords(String name) {
        String s = name.replaceFirst("(?i)^(muhafazat|province of|state of|region of|provincia de|departamento de"
                + "|wilayat|mintaqat|ostan-e|oblast)\\s+", "");
        s = s.replaceFirst("(?i)\\s+(district|rayon|region|province|governorate|oblast'?|state|prefecture|"
                + "municipality|city|division|department|county|parish|borough|territory|autonomous region|"
                + "special administrative region)$", "");
        return s;
    }

    private int[] addCountries(Map<String, Supplement.Row> rows) {
        int[] record = new int[iso3.size()];
        Arrays.fill(record, -1);
        for (int c = 0; c < iso3.size(); c++) {
            Supplement.Row row = rows.remove(iso3.get(c));
            String[] info = countryInfo.get(c);
            if (row == null) {
                System.out.println("[geo] no supplement row for country " + iso3.get(c) + " " + info[0]
                        + ": code kept, no country entry");
                continue;
            }
            Entry e = new Entry();
            e.geonameId = info[1].isEmpty() ? 0 : Integer.parseInt(info[1]);
            e.lat = row.lat();
            e.lon = row.lon();
            e.population = info[2].isEmpty() ? 0 : Long.parseLong(info[2]);
            e.kind = GeoKind.COUNTRY;
            e.feature = "PCLI";
            e.country = c;
            addPrimary(e, row.name());
            addPrimary(e, info[0]);
            for (String a : row.aliases()) {
                addPrimary(e, a);
            }
            record[c] = entries.size();
            entries.add(e);
        }
        for (Supplement.Row r : rows.values()) {
            throw new IllegalStateException("supplement country " + r.name() + " has unknown ISO3 " + r.iso3());
        }
        return record;
    }

    private void addSupplement(List<Supplement.Row> rows) {
        for (Supplement.Row r : rows) {
            Entry e = new Entry();
            e.lat = r.lat();
            e.lon = r.lon();
            e.kind = r.kind();
            e.feature = switch (r.kind()) {
                case REGION -> "RGN";
                case DISTRICT -> "PPLX";
                case FEATURE -> "HYD";
                case CROSSING -> "PSTB";
                default -> throw new IllegalStateException(r.kind().toString());
            };
            if (r.iso3() != null) {
                Integer c = countryByIso3.get(r.iso3());
                if (c == null) {
                    throw new IllegalStateException("supplement " + r.name() + ": unknown ISO3 " + r.iso3());
                }
                e.country = c;
                if (r.admin1() != null) {
                    e.admin1 = findAdmin1(iso2.get(c), r.admin1());
                }
            }
            addPrimary(e, r.name());
            for (String a : r.aliases()) {
                addPrimary(e, a);
            }
            entries.add(e);
        }
    }

    /** The admin1 of a country whose name has the given key, or a new table row holding just the name. */
    private int findAdmin1(String cc, String name) {
        String k = Names.key(stripAdminWords(name));
        for (int i = 0; i < admin1Codes.size(); i++) {
            if (admin1Codes.get(i).startsWith(cc + ".")) {
                String[] info = admin1Info.get(i);
                if (Names.key(stripAdminWords(info[0])).equals(k) || Names.key(stripAdminWords(info[1])).equals(k)) {
                    return i;
                }
            }
        }
        admin1ByCode.put(cc + ".?" + name, admin1Codes.size());
        admin1Codes.add(cc + ".?");
        admin1Info.add(new String[] {name, name, ""});
        return admin1Codes.size() - 1;
    }

    // ---------------------------------------------------------------- names

    private static void addPrimary(Entry e, String name) {
        String n = name == null ? "" : name.strip().replace('|', ' ');
        if (!n.isEmpty() && !Names.key(n).isEmpty() && !e.primary.contains(n)) {
            e.primary.add(n);
        }
    }

    private void addAlternate(Entry e, String raw) {
        String a = raw.strip().replace('|', ' ');
        if (keepAlternate(a)) {
            String k = Names.key(a);
            if (!commonKeys.contains(k) && !e.alternates.contains(a)) {
                e.alternates.add(a);
            }
        }
    }

    /**
     * Whether an alternate name can help with English text: Latin script (diacritics allowed), has a
     * capital, is not a code (IATA/ICAO "BGW", "ORBI"), a URL, or a name with digits.
     */
    static boolean keepAlternate(String a) {
        if (a.length() < 2 || CODE_LIKE.matcher(a).matches() || URL_LIKE.matcher(a).find()) {
            return false;
        }
        boolean upper = false;
        for (int i = 0; i < a.length(); ) {
            int cp = a.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp) || cp == '\u2116') {
                return false;
            }
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                upper |= Character.isUpperCase(cp);
            }
        }
        return upper && Names.key(a).length() >= 2;
    }

    // ---------------------------------------------------------------- assembly

    private GazetteerIndex assemble(int[] countryRecord) {
        GazetteerIndex ix = new GazetteerIndex();
        int n = entries.size();
        ix.size = n;
        ix.geonameId = new int[n];
        ix.lat = new float[n];
        ix.lon = new float[n];
        ix.population = new int[n];
        ix.kind = new byte[n];
        ix.feature = new short[n];
        ix.country = new short[n];
        ix.admin1 = new int[n];
        ix.namesOff = new int[n + 1];
        ByteArrayOutputStream names = new ByteArrayOutputStream(16 << 20);
        TreeMap<String, List<Integer>> keys = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            ix.geonameId[i] = e.geonameId;
            ix.lat[i] = (float) e.lat;
            ix.lon[i] = (float) e.lon;
            ix.population[i] = (int) Math.min(Integer.MAX_VALUE, e.population);
            ix.kind[i] = (byte) e.kind.ordinal();
            ix.feature[i] = (short) (int) featureIndex.computeIfAbsent(e.feature, f -> featureIndex.size());
            ix.country[i] = (short) e.country;
            ix.admin1[i] = e.admin1;
            // name and ASCII name first (the ASCII name repeated when it is the same), then alternates
            List<String> all = new ArrayList<>(e.primary);
            if (all.size() == 1) {
                all.add(all.get(0));
            }
            Set<String> primaryKeys = new LinkedHashSet<>();
            for (String p : e.primary) {
                primaryKeys.add(Names.key(p));
            }
            for (String a : e.alternates) {
                if (!primaryKeys.contains(Names.key(a))) {
                    all.add(a);
                }
            }
            byte[] b = String.join("|", all).getBytes(StandardCharsets.UTF_8);
            ix.namesOff[i] = names.size();
            names.write(b, 0, b.length);
            Set<String> seen = new HashSet<>();
            for (String p : primaryKeys) {
                if (seen.add(p)) {
                    keys.computeIfAbsent(p, k -> new ArrayList<>()).add(i << 1 | 1);
                }
            }
            for (String a : e.alternates) {
                String k = Names.key(a);
                if (seen.add(k)) {
                    keys.computeIfAbsent(k, x -> new ArrayList<>()).add(i << 1);
                }
            }
        }
        ix.namesOff[n] = names.size();
        ix.namesBlob = names.toByteArray();

        ix.keyCount = keys.size();
        ix.keyOff = new int[keys.size() + 1];
        ix.postOff = new int[keys.size() + 1];
        ix.keyFlags = new byte[keys.size()];
        ByteArrayOutputStream kb = new ByteArrayOutputStream(8 << 20);
        int totalPostings = keys.values().stream().mapToInt(List::size).sum();
        ix.postings = new int[totalPostings];
        int k = 0;
        int p = 0;
        for (var en : keys.entrySet()) {
            byte[] b = en.getKey().getBytes(StandardCharsets.US_ASCII);
            ix.keyOff[k] = kb.size();
            kb.write(b, 0, b.length);
            ix.keyFlags[k] = commonKeys.contains(en.getKey()) ? GazetteerIndex.KEY_COMMON_WORD : 0;
            ix.postOff[k] = p;
            for (int posting : en.getValue()) {
                ix.postings[p++] = posting;
            }
            k++;
        }
        ix.keyOff[k] = kb.size();
        ix.postOff[k] = p;
        ix.keyBlob = kb.toByteArray();

        ix.featureCodes = featureIndex.keySet().toArray(String[]::new);
        ix.countryIso2 = iso2.toArray(String[]::new);
        ix.countryIso3 = iso3.toArray(String[]::new);
        ix.countryRecord = countryRecord;
        ix.admin1Codes = admin1Codes.toArray(String[]::new);
        ix.admin1Names = admin1Info.stream().map(a -> a[0]).toArray(String[]::new);
        return ix;
    }
}

package org.faultline.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Place names to gazetteer entries: GeoNames cities500, admin1 divisions and countries plus the
 * project's supplement, loaded from the index the build puts in the jar
 * ({@code faultline/geo/gazetteer.bin}). Immutable and thread-safe once loaded.
 */
public final class Gazetteer {

    static final String INDEX_RESOURCE = "/faultline/geo/gazetteer.bin";

    private final GazetteerIndex ix;
    private final Map<String, Integer> iso2ToCountry = new HashMap<>();
    private final Map<String, Integer> iso3ToCountry = new HashMap<>();
    private final long loadMillis;
    private final int indexBytes;

    private Gazetteer(GazetteerIndex ix, long loadMillis, int indexBytes) {
        this.ix = ix;
        this.loadMillis = loadMillis;
        this.indexBytes = indexBytes;
        for (int c = 0; c < ix.countryIso3.length; c++) {
            iso2ToCountry.put(ix.countryIso2[c], c);
            iso3ToCountry.put(ix.countryIso3[c], c);
        }
    }

    private static final class Holder {
        static final Gazetteer DEFAULT = load();
    }

    /** The gazetteer shipped in the jar, loaded once per JVM on first use. */
    public static Gazetteer loadDefault() {
        return Holder.DEFAULT;
    }

    private static Gazetteer load() {
        long t0 = System.nanoTime();
        try (InputStream in = Gazetteer.class.getResourceAsStream(INDEX_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer index " + INDEX_RESOURCE
                        + " not on the class path: build faultline-core with Maven (process-classes)");
            }
            byte[] bytes = in.readAllBytes();
            GazetteerIndex ix = GazetteerIndex.read(bytes);
            return new Gazetteer(ix, (System.nanoTime() - t0) / 1_000_000, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer index", e);
        }
    }

    /**
     * Every entry one of whose names has the same {@link Names#key} as {@code surface}, so any
     * spelling variant the index knows ("Falluja", "al-Fallujah") finds the same entries. A name
     * with a generic division word the index does not know ("Helmand province") finds the entries
     * of the bare name, divisions and regions only when there are any. Empty when nothing matches.
     */
    public List<GeoCandidate> lookup(String surface) {
        String key = Names.key(surface);
        if (key.isEmpty()) {
            return List.of();
        }
        int k = ix.findKey(key);
        if (k < 0) {
            String bare = Names.withoutAdminSuffix(key);
            if (bare == null) {
                return List.of();
            }
            List<GeoCandidate> all = lookup(bare);
            List<GeoCandidate> divisions = all.stream()
                    .filter(c -> c.kind() == GeoKind.ADMIN1 || c.kind() == GeoKind.ADMIN2 || c.kind() == GeoKind.REGION)
                    .toList();
            return divisions.isEmpty() ? all : divisions;
        }
        boolean common = (ix.keyFlags[k] & GazetteerIndex.KEY_COMMON_WORD) != 0;
        List<GeoCandidate> out = new ArrayList<>(ix.postOff[k + 1] - ix.postOff[k]);
        for (int p = ix.postOff[k]; p < ix.postOff[k + 1]; p++) {
            int posting = ix.postings[p];
            out.add(candidate(posting >>> 1, (posting & 1) != 0, common));
        }
        return out;
    }

    /** Whether some entry has exactly this lookup key (no division word dropped). */
    boolean has(String key) {
        return !key.isEmpty() && ix.findKey(key) >= 0;
    }

    /** The country entry of an ISO 3166-1 alpha-3 code. */
    public Optional<GeoCandidate> country(String iso3) {
        Integer c = iso3 == null ? null : iso3ToCountry.get(iso3);
        if (c == null || ix.countryRecord[c] < 0) {
            return Optional.empty();
        }
        return Optional.of(candidate(ix.countryRecord[c], true, false));
    }

    /** ISO 3166-1 alpha-2 to alpha-3 ("IQ" to "IRQ"), or null when unknown. */
    public String iso3(String iso2) {
        Integer c = iso2 == null ? null : iso2ToCountry.get(iso2);
        return c == null ? null : ix.countryIso3[c];
    }

    /** All names of an entry: name, ASCII name, then the cleaned alternate names or curated aliases. */
    public List<String> names(GeoCandidate c) {
        return Arrays.asList(ix.names(c.index()));
    }

    /** The loaded index, for readers in this package that need every entry ({@link Admin1Extents}). */
    GazetteerIndex index() { return ix; }

    /** Number of entries in the index. */
    public int size() { return ix.size; }

    /** Number of distinct lookup keys. */
    public int keyCount() { return ix.keyCount; }

    /** Bytes of the index as shipped (uncompressed). */
    public int indexBytes() { return indexBytes; }

    /** How long loading the index took, in milliseconds. */
    public long loadMillis() { return loadMillis; }

    private GeoCandidate candidate(int r, boolean primary, boolean common) {
        int c = ix.country[r];
        int a = ix.admin1[r];
        String name = ix.firstName(r);
        return new GeoCandidate(r, ix.geonameId[r] & 0xffffffffL, name, ix.lat[r], ix.lon[r],
                GeoKind.values()[ix.kind[r]], ix.featureCodes[ix.feature[r]], c < 0 ? null : ix.countryIso3[c],
                a < 0 ? null : ix.admin1Codes[a], a < 0 ? null : ix.admin1Names[a], ix.population[r], primary,
                common);
    }
}

package org.faultline.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The approximate extent of each first-level division: the convex hull of the gazetteer's populated places
 * in it, found by country and the division's name under {@link Names#key} (GeoNames has no division shapes, and the page must work offline). A
 * division with fewer than three such places has no extent. Built once per JVM on first use, from the index
 * the {@link Gazetteer} already holds.
 */
public final class Admin1Extents {
    private final Map<String, double[]> hulls = new HashMap<>();

    private Admin1Extents(GazetteerIndex ix) {
        int n = ix.admin1Codes.length;
        int[] counts = new int[n];
        for (int r = 0; r < ix.size; r++) {
            if (counted(ix, r)) {
                counts[ix.admin1[r]]++;
            }
        }
        double[][] pts = new double[n][];
        for (int a = 0; a < n; a++) {
            pts[a] = new double[2 * counts[a]];
        }
        int[] fill = new int[n];
        String[] country = new String[n];
        for (int r = 0; r < ix.size; r++) {
            if (counted(ix, r)) {
                int a = ix.admin1[r];
                pts[a][fill[a]++] = ix.lat[r];
                pts[a][fill[a]++] = ix.lon[r];
                country[a] = ix.countryIso3[ix.country[r]];
            }
        }
        for (int a = 0; a < n; a++) {
            if (counts[a] >= 3 && country[a] != null) {
                double[] h = hull(pts[a]);
                if (h.length >= 6) {
                    hulls.put(key(country[a], ix.admin1Names[a]), h);
                }
            }
        }
    }

    private static boolean counted(GazetteerIndex ix, int r) {
        GeoKind k = GeoKind.values()[ix.kind[r]];
        return ix.admin1[r] >= 0 && ix.country[r] >= 0 && k == GeoKind.CITY;
    }

    private static final class Holder {
        static final Admin1Extents DEFAULT = new Admin1Extents(Gazetteer.loadDefault().index());
    }

    /** The extents of the bundled gazetteer's divisions. */
    public static Admin1Extents loadDefault() {
        return Holder.DEFAULT;
    }

    /**
     * The division's hull as {@code [lat, lon]} corners, or an empty list when it has none. A division across
     * the antimeridian keeps longitudes past 180, so that a map draws it in one piece.
     */
    public List<double[]> hull(String iso3, String admin1Name) {
        double[] h = hulls.get(key(iso3, admin1Name));
        List<double[]> out = new ArrayList<>();
        if (h != null) {
            for (int i = 0; i < h.length; i += 2) {
                out.add(new double[] {h[i], h[i + 1]});
            }
        }
        return out;
    }

    /** Divisions compared by {@link Names#key}: a store may write "Anbar" for GeoNames' "Al Anbar". */
    private static String key(String iso3, String admin1Name) {
        return iso3 + "\t" + Names.key(admin1Name);
    }

    /**
     * Andrew's monotone chain over (lat, lon) pairs, in longitude order; longitudes are taken past 180 when
     * that makes the division narrower (one that straddles the antimeridian, as Chukotka does).
     */
    static double[] hull(double[] latLon) {
        int n = latLon.length / 2;
        double[][] p = new double[n][];
        double west = 0;
        double east = 0;
        for (int i = 0; i < n; i++) {
            p[i] = new double[] {latLon[2 * i + 1], latLon[2 * i]}; // x = lon, y = lat
            west = Math.min(west, p[i][0]);
            east = Math.max(east, p[i][0]);
        }
        if (west < -90 && east > 90) {
            for (double[] q : p) {
                q[0] = q[0] < 0 ? q[0] + 360 : q[0];
            }
        }
        Arrays.sort(p, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        double[][] h = new double[2 * n][];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0) {
                k--;
            }
            h[k++] = p[i];
        }
        for (int i = n - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(h[k - 2], h[k - 1], p[i]) <= 0) {
                k--;
            }
            h[k++] = p[i];
        }
        int corners = Math.max(0, k - 1);
        double[] out = new double[2 * corners];
        for (int i = 0; i < corners; i++) {
            out[2 * i] = h[i][1];
            out[2 * i + 1] = h[i][0];
        }
        return out;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}

package org.faultline.geo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The compact gazetteer as column arrays, and its binary form. Records are entries (cities, admin1
 * divisions, countries, supplement entries); keys are the sorted lookup keys ({@link Names#key}) in
 * one ASCII blob, each with a posting list of {@code record << 1 | primary}. Loading is a handful of
 * bulk array copies: no per-record parsing and no hash map to build, so the index opens in well under
 * a second. Names are kept as UTF-8 and decoded only for the records a caller asks about.
 */
final class GazetteerIndex {

    static final int MAGIC = 0x464c475a; // "FLGZ"
    static final int VERSION = 4;

    static final byte KEY_COMMON_WORD = 1;

    // records
    int size;
    int[] geonameId;
    float[] lat;
    float[] lon;
    int[] population;
    byte[] kind;
    short[] feature;     // index into featureCodes
    short[] country;     // index into countryIso3, -1 when none
    int[] admin1;        // index into admin1Codes/admin1Names, -1 when none
    byte[] namesBlob;    // per record "name|asciiname|alternate|alternate..."
    int[] namesOff;      // size + 1

    // tables
    String[] featureCodes;
    String[] countryIso2;
    String[] countryIso3;
    int[] countryRecord; // the COUNTRY record of each country, -1 when none
    String[] admin1Codes;
    String[] admin1Names;

    // keys
    int keyCount;
    byte[] keyBlob;
    int[] keyOff;        // keyCount + 1
    byte[] keyFlags;
    int[] postOff;       // keyCount + 1
    int[] postings;

    /** The index of a key, or -1. Keys are ASCII, so bytes compare like chars. */
    int findKey(String key) {
        byte[] k = key.getBytes(StandardCharsets.US_ASCII);
        int lo = 0;
        int hi = keyCount - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, k);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int compare(int keyIndex, byte[] k) {
        int a = keyOff[keyIndex];
        int aEnd = keyOff[keyIndex + 1];
        int b = 0;
        while (a < aEnd && b < k.length) {
            int d = (keyBlob[a] & 0xff) - (k[b] & 0xff);
            if (d != 0) {
                return d;
            }
            a++;
            b++;
        }
        return (aEnd - a) - (k.length - b);
    }

    String key(int keyIndex) {
        return new String(keyBlob, keyOff[keyIndex], keyOff[keyIndex + 1] - keyOff[keyIndex],
                StandardCharsets.US_ASCII);
    }

    /** The first name of a record (its GeoNames or supplement name), decoded without the rest. */
    String firstName(int record) {
        int start = namesOff[record];
        int end = namesOff[record + 1];
        int bar = start;
        while (bar < end && namesBlob[bar] != '|') {
            bar++;
        }
        return new String(namesBlob, start, bar - start, StandardCharsets.UTF_8);
    }

    /** All names of a record: its name, ASCII name and cleaned alternate names, in that order. */
    String[] names(int record) {
        String all = new String(namesBlob, namesOff[record], namesOff[record + 1] - namesOff[record],
                StandardCharsets.UTF_8);
        return all.split("\\|", -1);
    }

    // ---------------------------------------------------------------- binary form

    void write(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        writeStrings(out, featureCodes);
        writeStrings(out, countryIso2);
        writeStrings(out, countryIso3);
        writeInts(out, countryRecord);
        writeStrings(out, admin1Codes);
        writeStrings(out, admin1Names);
        out.writeInt(size);
        writeInts(out, geonameId);
        for (float f : lat) {
            out.writeFloat(f);
        }
        for (float f : lon) {
            out.writeFloat(f);
        }
        writeInts(out, population);
        out.write(kind);
        for (short s : feature) {
            out.writeShort(s);
        }
        for (short s : country) {
            out.writeShort(s);
        }
        writeInts(out, admin1);
        writeInts(out, namesOff);
        out.writeInt(namesBlob.length);
        out.write(namesBlob);
        out.writeInt(keyCount);
        writeInts(out, keyOff);
        out.writeInt(keyBlob.length);
        out.write(keyBlob);
        out.write(keyFlags);
        writeInts(out, postOff);
        out.writeInt(postings.length);
        writeInts(out, postings);
        out.flush();
    }

    static GazetteerIndex read(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getInt() != MAGIC) {
            throw new IllegalStateException("not a Faultline gazetteer index");
        }
        int version = in.getInt();
        if (version != VERSION) {
            throw new IllegalStateException("gazetteer index version " + version + ", expected " + VERSION
                    + ": rebuild faultline-core");
        }
        GazetteerIndex ix = new GazetteerIndex();
        ix.featureCodes = readStrings(in);
        ix.countryIso2 = readStrings(in);
        ix.countryIso3 = readStrings(in);
        ix.countryRecord = readInts(in, ix.countryIso3.length);
        ix.admin1Codes = readStrings(in);
        ix.admin1Names = readStrings(in);
        int n = in.getInt();
        ix.size = n;
        ix.geonameId = readInts(in, n);
        ix.lat = new float[n];
        in.asFloatBuffer().get(ix.lat);
        in.position(in.position() + 4 * n);
        ix.lon = new float[n];
        in.asFloatBuffer().get(ix.lon);
        in.position(in.position() + 4 * n);
        ix.population = readInts(in, n);
        ix.kind = new byte[n];
        in.get(ix.kind);
        ix.feature = new short[n];
        in.asShortBuffer().get(ix.feature);
        in.position(in.position() + 2 * n);
        ix.country = new short[n];
        in.asShortBuffer().get(ix.country);
        in.position(in.position() + 2 * n);
        ix.admin1 = readInts(in, n);
        ix.namesOff = readInts(in, n + 1);
        ix.namesBlob = new byte[in.getInt()];
        in.get(ix.namesBlob);
        int k = in.getInt();
        ix.keyCount = k;
        ix.keyOff = readInts(in, k + 1);
        ix.keyBlob = new byte[in.getInt()];
        in.get(ix.keyBlob);
        ix.keyFlags = new byte[k];
        in.get(ix.keyFlags);
        ix.postOff = readInts(in, k + 1);
        ix.postings = readInts(in, in.getInt());
        return ix;
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        for (int v : a) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(ByteBuffer in, int n) {
        int[] a = new int[n];
        in.asIntBuffer().get(a);
        in.position(in.position() + 4 * n);
        return a;
    }

    private static void writeStrings(DataOutputStream out, String[] a) throws IOException {
        out.writeInt(a.length);
        for (String s : a) {
            byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static String[] readStrings(ByteBuffer in) {
        String[] a = new String[in.getInt()];
        for (int i = 0; i < a.length; i++) {
            byte[] b = new byte[in.getInt()];
            in.get(b);
            a[i] = new String(b, StandardCharsets.UTF_8);
        }
        return a;
    }
}

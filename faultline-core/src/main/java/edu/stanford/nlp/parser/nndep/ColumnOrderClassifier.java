package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;

/**
 * The forward pass of CoreNLP's neural dependency parser, computed column by column so that no
 * multiply-add waits on the one before it, with every score bit for bit what CoreNLP computes.
 *
 * <p>{@link Classifier#computeScores} takes each output score as one dot product, a chain of dependent
 * additions the CPU cannot overlap; that chain and the hidden-layer slices of uncached features are
 * most of parsing time. Here the loops are swapped: the outer loop runs over the input
 * positions and the inner one over independent outputs, so each sum still adds the same terms in
 * the same order (Java's floating point is strict, so the results are identical) while the CPU runs
 * the outputs side by side. It also keeps the cache of feature slices per thread instead of one
 * cache behind a lock, and reads precomputed features from an int-keyed table instead of a boxed map.
 *
 * <p>It lives in CoreNLP's package because {@code computeScores} is package-private there, and it
 * reads the loaded classifier's private fields once, at {@link #install}; the CoreNLP version is
 * pinned by the build, and {@code StockPipelineEquivalenceTest} compares the parses with the stock
 * annotator's. Only inference is supported: it refuses a classifier that is training.
 */
public final class ColumnOrderClassifier extends Classifier {
    /** Slots for feature slices per thread (half of them filled, 4 KB each); a full cache is emptied, which only costs recomputation. */
    private static final int CACHE_SLOTS = 1 << 14;

    private final int numTokens;
    private final int embeddingSize;
    private final int hiddenSize;
    private final int numLabels;
    private final float[][] embeddings;
    private final float[] bias;
    /** W1 transposed: one row per input position, one column per hidden unit. */
    private final float[][] w1Columns;
    /** W2 transposed and widened (exactly) to double: one row per hidden unit, one column per output. */
    private final double[][] w2Columns;
    private final double[][] saved;
    private final PrecomputedIndex precomputed;
    private final ThreadLocal<SliceCache> caches = ThreadLocal.withInitial(() -> new SliceCache(CACHE_SLOTS));

    private ColumnOrderClassifier(Classifier stock) {
        // The superclass gets empty stand-ins: every weight lives here, and its constructor would
        // otherwise allocate gradient histories the size of the model.
        super(config(stock), new float[1][1], new float[1][1], new float[1], new float[1][1], java.util.List.of());
        Config config = config(stock);
        if (config.numCached == 0) {
            throw new IllegalArgumentException("the column-order classifier reproduces the cached path; numCached must be > 0");
        }
        numTokens = config.numTokens;
        embeddingSize = config.embeddingSize;
        hiddenSize = config.hiddenSize;
        numLabels = stock.getW2().length;
        embeddings = stock.getE();
        bias = stock.getb1();
        w1Columns = transpose(stock.getW1());
        w2Columns = widen(transpose(stock.getW2()));
        saved = (double[][]) read(stock, "saved");
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) read(stock, "preMap");
        precomputed = new PrecomputedIndex(preMap);
    }

    /**
     * Replaces the parser's classifier with this one; the stock classifier and its training state
     * become garbage. CoreNLP shares one loaded parser per model across pipelines, so a parser may
     * come here twice; the second time it is left as it is.
     */
    public static void install(DependencyParser parser) {
        try {
            Field field = DependencyParser.class.getDeclaredField("classifier");
            field.setAccessible(true);
            synchronized (parser) {
                Classifier current = (Classifier) field.get(parser);
                if (!(current instanceof ColumnOrderClassifier)) {
                    field.set(parser, new ColumnOrderClassifier(current));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP version's DependencyParser has no classifier field to replace", e);
        }
    }

    @Override
    double[] computeScores(int[] feature) {
        double[] hidden = new double[hiddenSize];
        SliceCache cache = caches.get();
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int token = feature[j];
            int index = token * numTokens + j;
            int id = precomputed.get(index);
            if (id >= 0) {
                double[] row = saved[id];
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += row[i];
                }
            } else {
                float[] slice = cache.get(index);
                if (slice == null) {
                    slice = slice(embeddings[token], offset);
                    cache.put(index, slice);
                }
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += slice[i];
                }
            }
            offset += embeddingSize;
        }
        for (int i = 0; i < hiddenSize; i++) {
            double h = hidden[i] + bias[i];
            hidden[i] = h * h * h; // cube activation, multiplied in CoreNLP's order
        }
        double[] scores = new double[numLabels];
        for (int j = 0; j < hiddenSize; j++) {
            double h = hidden[j];
            double[] column = w2Columns[j];
            for (int label = 0; label < numLabels; label++) {
                scores[label] += h * column[label];
            }
        }
        return scores;
    }

    /** One feature's hidden-layer contribution, W1's columns from {@code offset} times the embedding, rounded to float as CoreNLP caches it. */
    private float[] slice(float[] embedding, int offset) {
        double[] partial = new double[hiddenSize];
        for (int k = 0; k < embeddingSize; k++) {
            float e = embedding[k];
            float[] column = w1Columns[offset + k];
            for (int i = 0; i < hiddenSize; i++) {
                partial[i] += column[i] * e;
            }
        }
        float[] slice = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            slice[i] = (float) partial[i];
        }
        return slice;
    }

    private static float[][] transpose(float[][] m) {
        float[][] t = new float[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static double[][] widen(float[][] m) {
        double[][] d = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            d[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                d[i][j] = m[i][j];
            }
        }
        return d;
    }

    private static Config config(Classifier stock) {
        return (Config) read(stock, "config");
    }

    private static Object read(Classifier stock, String name) {
        try {
            Field field = Classifier.class.getDeclaredField(name);
            field.setAccessible(true);
            Object value = field.get(stock);
            if (value == null) {
                throw new IllegalStateException("the classifier's " + name + " is not set; was it precomputed?");
            }
            return value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP version's Classifier has no field " + name, e);
        }
    }

    /** The precomputed features' rows, an open-addressing int-to-int table (keys are never negative). */
    private static final class PrecomputedIndex {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        PrecomputedIndex(Map<Integer, Integer> map) {
            int size = Integer.highestOneBit(Math.max(4, map.size() * 2 - 1)) << 1;
            keys = new int[size];
            values = new int[size];
            mask = size - 1;
            Arrays.fill(keys, -1);
            map.forEach((key, value) -> {
                int slot = probe(keys, mask, key);
                keys[slot] = key;
                values[slot] = value;
            });
        }

        int get(int key) {
            int slot = probe(keys, mask, key);
            return keys[slot] == key ? values[slot] : -1;
        }
    }

    /** A thread's slices of uncached features; when half full it is emptied rather than evicting one by one. */
    private static final class SliceCache {
        private final int[] keys;
        private final float[][] values;
        private final int mask;
        private int size;

        SliceCache(int slots) {
            keys = new int[slots];
            values = new float[slots][];
            mask = slots - 1;
            Arrays.fill(keys, -1);
        }

        float[] get(int key) {
            int slot = probe(keys, mask, key);
            return keys[slot] == key ? values[slot] : null;
        }

        void put(int key, float[] value) {
            if (size >= keys.length / 2) {
                Arrays.fill(keys, -1);
                Arrays.fill(values, null);
                size = 0;
            }
            int slot = probe(keys, mask, key);
            keys[slot] = key;
            values[slot] = value;
            size++;
        }
    }

    /** The slot holding the key, or the empty slot (-1) where it goes: linear probing in a table with a free slot. */
    private static int probe(int[] keys, int mask, int key) {
        int slot = mix(key) & mask;
        while (keys[slot] != -1 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

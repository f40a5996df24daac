package org.contrepoint.intake;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Near-duplicate detection by MinHash over character 5-shingles of the normalised text, with LSH bands to find
 * candidates cheaply (Broder 1997; Leskovec, Rajaraman, Ullman, "Mining of Massive Datasets", ch. 3).
 * Normalisation drops case, accents, links, @handles, #hash signs, punctuation and extra spaces, so a re-share
 * with another link or mention is identical and a light paraphrase stays close.
 * 20 bands of 3 rows: two texts with a Jaccard similarity of 0.5 become candidates with probability 0.93, of
 * 0.2 with 0.15; candidates then join a cluster only if their estimated similarity reaches {@link #THRESHOLD}.
 */
public final class TextSimilarity {

    public static final int BANDS = 20;
    public static final int ROWS = 3;
    public static final int HASHES = BANDS * ROWS;
    public static final double THRESHOLD = 0.5;
    private static final int SHINGLE = 5;
    private static final long[] SEEDS_A = new long[HASHES];
    private static final long[] SEEDS_B = new long[HASHES];

    static {
        java.util.SplittableRandom random = new java.util.SplittableRandom(0x5EED_C0DEL);
        for (int i = 0; i < HASHES; i++) {
            SEEDS_A[i] = random.nextLong() | 1L;
            SEEDS_B[i] = random.nextLong();
        }
    }

    private TextSimilarity() {
    }

    // Compiled once: String.replaceAll compiles its pattern on every call, 4,000 times per batch of 1,000.
    private static final Pattern LINK = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}_.]+");
    private static final Pattern MARK = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        s = LINK.matcher(s).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll(" ");
        s = MARK.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = NON_WORD.matcher(s).replaceAll(" ");
        return s.strip();
    }

    public static int[] signature(String text) {
        String norm = normalise(text);
        // Shingle hashes as String.hashCode of each 5-character window, computed in place and deduplicated by
        // sorting: the same values as a HashSet of substrings' hashes, without 200 strings and boxes per post.
        int[] shingles;
        if (norm.length() <= SHINGLE) {
            shingles = new int[] { norm.hashCode() };
        } else {
            shingles = new int[norm.length() - SHINGLE + 1];
            for (int i = 0; i < shingles.length; i++) {
                int h = 0;
                for (int k = i; k < i + SHINGLE; k++) {
                    h = 31 * h + norm.charAt(k);
                }
                shingles[i] = h;
            }
            java.util.Arrays.sort(shingles);
        }
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int j = 0; j < shingles.length; j++) {
            if (j > 0 && shingles[j] == shingles[j - 1]) {
                continue;
            }
            int shingle = shingles[j];
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (mix(SEEDS_A[i] * shingle + SEEDS_B[i]) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Estimated Jaccard similarity: the share of equal MinHash values. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** One key per band; posts sharing any key are candidates. */
    public static long[] bandKeys(int[] sig) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ sig[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    public static String encode(int[] sig) {
        ByteBuffer buffer = ByteBuffer.allocate(HASHES * 4);
        for (int v : sig) {
            buffer.putInt(v);
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    public static int[] decode(String encoded) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        int[] sig = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            sig[i] = buffer.getInt();
        }
        return sig;
    }
}

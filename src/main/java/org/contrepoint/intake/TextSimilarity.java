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
 * 20 bands of 3 rows, and two texts are candidates when they share at least {@link #SHARED_BANDS} bands: with a
 * Jaccard similarity of 0.7 they become candidates with probability 0.997, of 0.6 with 0.95, of 0.5 with 0.73, of
 * 0.2 with 0.01; candidates then join a cluster only if their estimated similarity reaches {@link #THRESHOLD}.
 * One shared band (0.93 at 0.5, but 0.15 at 0.2) made each arriving post meet ~75 stored posts at 1,000,000 posts
 * through frequent words and boilerplate, most of intake's time; with two, ~2 (bench/README.md, eleventh session).
 * On texts re-shared with one word in 10 replaced, 99.5 % of the pairs that reach the threshold share two bands;
 * one word in 3: 91 %. A post joins a cluster through any one of its members, which makes a campaign's re-shares
 * surer still. A stored post counts only the keys it holds rows for (see BandIndex: a key full when it arrived has
 * none of it), so an old post that shares many keys with a new one but holds a row for one of them is not compared.
 */
public final class TextSimilarity {

    public static final int BANDS = 20;
    public static final int ROWS = 3;
    public static final int HASHES = BANDS * ROWS;
    public static final double THRESHOLD = 0.5;
    public static final int SHARED_BANDS = 2;
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

    // Compiled once: String.replaceAll compiles its pattern on every call, 2,000 times per batch of 1,000.
    // Links in any case: the text is lower-cased after they are removed (see normalise).
    private static final Pattern LINK = Pattern.compile("(https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}_.]+");
    /** Decompositions of the characters from U+0080 up to here, kept as they are met (see {@link #fold}). */
    private static final int KEPT_DECOMPOSITIONS = 0x3000;
    private static final String[] DECOMPOSITIONS = new String[KEPT_DECOMPOSITIONS];

    /**
     * Lower case, without links and handles, accents (canonical decomposition without its combining marks) and
     * anything but letters and digits, words separated by one space.
     */
    public static String normalise(String text) {
        // Lower-casing each character as fold meets it gives what String.toLowerCase gives, save for the two
        // characters whose lower case depends on their neighbours or takes two characters: those texts take the
        // longer way. (String.toLowerCase goes character by character through a table for any text with a
        // character beyond Latin-1, such as a typographic apostrophe: a tenth of intake's JVM time.)
        String s = text.indexOf('\u0130') >= 0 || text.indexOf('\u03A3') >= 0 ? text.toLowerCase(Locale.ROOT) : text;
        s = LINK.matcher(s).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll(" ");
        return fold(s);
    }

    /**
     * What {@code toLowerCase, NFD, remove \p{M}, replace [^\p{L}\p{N}]+ by a space, strip} gives, in one pass,
     * for a text without U+0130 and U+03A3 (see {@link #normalise}). Normalising the whole text to NFD was a fifth
     * of intake's JVM time (profiled at 1,000,000 posts); decomposing each character alone gives the same letters,
     * since NFD decomposes character by character and only reorders the combining marks, which are dropped here.
     * {@code TextSimilarityTest} holds this to the same results as those steps, for every character.
     */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                gap = append(out, c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c, gap);
                continue;
            }
            String decomposed = decomposition(Character.toLowerCase(c));
            for (int j = 0; j < decomposed.length();) {
                int d = decomposed.codePointAt(j);
                j += Character.charCount(d);
                if (!isMark(d)) {
                    gap = append(out, d, gap);
                }
            }
        }
        return out.toString();
    }

    /** Appends a letter or digit, after one space if others came since the last one; returns whether in a gap. */
    private static boolean append(StringBuilder out, int c, boolean gap) {
        if (!isWordPart(c)) {
            return true;
        }
        if (gap && out.length() > 0) {
            out.append(' ');
        }
        out.appendCodePoint(c);
        return false;
    }

    private static String decomposition(int c) {
        if (c >= KEPT_DECOMPOSITIONS) {
            return Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
        }
        String kept = DECOMPOSITIONS[c];
        if (kept == null) {
            // Two threads may both compute one: the same immutable string, so the race is harmless.
            kept = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
            DECOMPOSITIONS[c] = kept;
        }
        return kept;
    }

    /** {@code \p{M}}. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** {@code [\p{L}\p{N}]}. */
    private static boolean isWordPart(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
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

    /** One key per band; posts sharing {@link #SHARED_BANDS} keys are candidates. */
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

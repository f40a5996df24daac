package org.contrepoint.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    private static final String ORIGINAL = "Ils vous disent que vous êtes seuls et que personne ne vous comprend ici. "
            + "Rejoignez ceux qui vous attendent, une vraie famille vous accueillera là-bas.";

    private static double similarity(String a, String b) {
        return TextSimilarity.similarity(TextSimilarity.signature(a), TextSimilarity.signature(b));
    }

    @Test
    void aReshareWithOtherLinksHandlesCaseAndAccentsIsIdentical() {
        String reshared = "@compte_fictif_7 ILS VOUS DISENT QUE VOUS ETES SEULS et que personne ne vous comprend ici !!! "
                + "Rejoignez ceux qui vous attendent,   une vraie famille vous accueillera la-bas https://exemple.invalid/x";
        assertEquals(1.0, similarity(ORIGINAL, reshared));
    }

    @Test
    void aLightParaphraseStaysAboveTheThreshold() {
        String paraphrase = "Ils vous disent que vous êtes seuls, que personne ne vous comprend ici. "
                + "Venez rejoindre ceux qui vous attendent : une vraie famille vous accueillera là-bas.";
        assertTrue(similarity(ORIGINAL, paraphrase) >= TextSimilarity.THRESHOLD, "paraphrase");
    }

    @Test
    void anUnrelatedTextIsFarBelow() {
        String other = "Le match de samedi a été reporté à cause de la pluie ; les billets restent valables.";
        assertTrue(similarity(ORIGINAL, other) < 0.2);
    }

    /** What TextSimilarity.normalise did step by step, with regular expressions over the whole text. */
    private static String normaliseByRegex(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        s = Pattern.compile("(https?://|www\\.)\\S+").matcher(s).replaceAll(" ");
        s = Pattern.compile("@[\\p{L}\\p{N}_.]+").matcher(s).replaceAll(" ");
        s = Pattern.compile("\\p{M}+").matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return Pattern.compile("[^\\p{L}\\p{N}]+").matcher(s).replaceAll(" ").strip();
    }

    @Test
    void normalisingGivesWhatTheStepByStepWayGaveForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String ch = Character.toString(c);
            for (String s : new String[] { "A" + ch + "b", "x @" + ch + "Y z" }) { // in a word, in a handle
                assertEquals(normaliseByRegex(s), TextSimilarity.normalise(s), () -> "U+" + Integer.toHexString(
                        ch.codePointAt(0)) + " in " + s);
            }
        }
    }

    @Test
    void normalisingGivesWhatTheStepByStepWayGaveForMixedTexts() {
        // Letters in both cases with and without accents, combining marks alone, Arabic with its vowel signs,
        // Hangul, digits of other kinds (superscript, Roman numeral), a letter and a symbol outside the BMP, a lone
        // surrogate, punctuation, spaces, a singleton decomposition (Angstrom sign), the Kelvin sign, the two
        // characters whose lower case String.toLowerCase works out from the context (capital sigma, dotted I),
        // and pieces of links and handles in both cases.
        String[] alphabet = { "a", "Z", "9", " ", ".", "-", "'", "\n", "\u00E9", "\u00C9", "\u00C7", "\u00F1",
            "\u01C5", "\u0301", "\u0308", "\u0628", "\u064E", "\u0651", "\uAC00", "\u00B2", "\u216B",
            "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "\u2019", "\u00A0", "\u212B", "\u212A", "\uFB01",
            "\u03A3", "\u03C3", "\u0130", "HTTPS://x.Y", "http://a", "WWW.", "@Compte_", "@\u00C9l\u00E8ve", "_" };
        Random random = new Random(20261206);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(14); k >= 0; k--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertEquals(normaliseByRegex(s), TextSimilarity.normalise(s), () -> s.codePoints()
                    .mapToObj(c -> "U+" + Integer.toHexString(c)).toList().toString());
        }
    }
}

package org.contrepoint.intake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses the language of a post among those the team works in (French, English, Arabic), without an 80 MB
 * model: Arabic by script, French and English by counting frequent function words. Anything else, or too
 * little text to tell, is "und" (undetermined) and a person can correct it.
 */
public final class LanguageDetector {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "est", "et", "une", "un", "pas",
            "que", "qui", "pour", "dans", "sur", "vous", "nous", "ils", "ce", "cette", "du", "au", "aux", "ne", "se",
            "avec", "plus", "mais", "sont", "leur", "tout", "il", "elle", "je", "tu", "on", "ou", "mes", "tes",
            "son", "sa", "ses", "c'est", "d'un", "d'une", "l'", "qu'il", "frères", "soeurs");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "are", "of", "to", "in", "that", "this",
            "you", "we", "they", "for", "with", "not", "be", "on", "it", "your", "our", "their", "will", "what", "who",
            "from", "was", "were", "have", "has", "do", "does", "can", "all", "my", "me", "he", "she", "join", "brothers");

    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}']+");

    private LanguageDetector() {
    }

    public static String detect(String text) {
        if (text == null || text.isBlank()) {
            return "und";
        }
        int arabic = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
            i += Character.charCount(cp);
        }
        if (letters > 0 && arabic * 10 >= letters * 3) {
            return "ar";
        }
        int fr = 0;
        int en = 0;
        String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        for (String word : NON_LETTER.split(lower)) {
            if (FRENCH.contains(word)) {
                fr++;
            }
            if (ENGLISH.contains(word)) {
                en++;
            }
        }
        if (fr == en) {
            return "und";
        }
        return fr > en ? "fr" : "en";
    }
}

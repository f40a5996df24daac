package org.contrepoint.reply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contrepoint.library.Variables;

/** What the composer computes on a reply's text: variables, fingerprint, and departure from the vetted text. */
public final class ReplyText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private ReplyText() {
    }

    /** The variables a template text asks for, in order of appearance, each once. */
    public static List<String> variables(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Replaces each {@code {{name}}} whose value is given and not blank; others stay as written. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null || value.isBlank() ? m.group() : value.strip()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Placeholders left in a text (unfilled variables and anything that looks like one), as written. */
    public static List<String> leftovers(String text) {
        List<String> left = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            left.add(m.group());
        }
        left.addAll(Variables.unknown(text).stream().filter(u -> !left.contains(u)).toList());
        return left;
    }

    /** Keeps only values for variables the text asks for (a crafted form cannot add others). */
    public static Map<String, String> relevant(String templateText, Map<String, String> submitted) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : variables(templateText)) {
            String value = submitted.get(name);
            kept.put(name, value == null ? "" : value.strip());
        }
        return kept;
    }

    /**
     * How far a text departs from the vetted one, in percent: the word-level edit distance divided by the longer
     * text's word count. 0 is verbatim; a free text (no template) departs 100 %.
     */
    public static int departure(String baseline, String text) {
        if (baseline == null) {
            return 100;
        }
        List<String> a = words(baseline);
        List<String> b = words(text);
        int longest = Math.max(a.size(), b.size());
        if (longest == 0) {
            return 0;
        }
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int substitution = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return (int) Math.round(100.0 * previous[b.size()] / longest);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}

package org.contrepoint.library;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.Tokens;

/**
 * Everything a version says, normalised: what files, forms and the API produce, what a version stores, and what
 * the import compares. Two contents that are equal are the same version.
 */
public record TemplateContent(String title, String body, String language, List<String> narratives, String strategy,
        String attribution, String tone, Gammma gammma, Map<String, String> variants, List<SourceRef> sources,
        LocalDate reviewDate, String author, String changeNote) {

    /** A source as written in a file or a form. */
    public record SourceRef(String title, String url, String publisher) {
    }

    /** Platform order of the files' {@code variants} block. */
    public static final List<String> VARIANT_ORDER = List.of("x", "instagram", "tiktok", "facebook", "youtube",
            "telegram");

    public TemplateContent {
        title = trimToNull(title);
        body = normaliseBody(body);
        narratives = narratives == null ? List.of() : List.copyOf(narratives);
        gammma = gammma == null ? Gammma.EMPTY : gammma;
        Map<String, String> ordered = new LinkedHashMap<>();
        if (variants != null) {
            for (String platform : VARIANT_ORDER) {
                String text = trimToNull(variants.get(platform));
                if (text != null) {
                    ordered.put(platform, text);
                }
            }
            for (Map.Entry<String, String> e : variants.entrySet()) {
                if (!VARIANT_ORDER.contains(e.getKey())) {
                    ordered.put(e.getKey(), e.getValue());
                }
            }
        }
        variants = java.util.Collections.unmodifiableMap(ordered);
        sources = sources == null ? List.of() : List.copyOf(sources);
        author = trimToNull(author);
        changeNote = trimToNull(changeNote);
    }

    /** LF line ends, no trailing spaces, no blank lines at the start or end (README § 5.1). */
    public static String normaliseBody(String body) {
        if (body == null) {
            return "";
        }
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString().strip().replaceAll("\n{3,}", "\n\n");
    }

    static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Every text a reader or a search sees: body and variants. */
    public String allTexts() {
        return body + "\n" + String.join("\n", variants.values());
    }

    /** SHA-256 of the canonical file form, so the fingerprint is the same wherever the content came from. */
    public String fingerprint(String id) {
        return Tokens.sha256(LibraryFiles.write(id, this));
    }
}

package org.contrepoint.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the library's files (counter-speech-library/README.md): YAML front matter between two
 * {@code ---} lines, then the body. Writing produces the canonical form, key order and quoting included.
 */
public final class LibraryFiles {

    /** A file read: where it was, its id and its content. */
    public record TemplateFile(String path, String id, TemplateContent content) {
    }

    /** A file that cannot be read, with its errors by field. */
    public static class FileException extends RuntimeException {
        public final Map<String, String> errors;

        public FileException(String path, Map<String, String> errors) {
            super(path + ": " + errors);
            this.errors = errors;
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KEYS = Set.of("id", "title", "language", "narratives", "strategy",
            "attribution", "tone", "gammma", "variants", "sources", "review_date", "author", "change_note");
    private static final List<String> GAMMMA_KEYS = List.of("goal", "audience", "message", "messenger", "media",
            "call_to_action");

    private LibraryFiles() {
    }

    /** Parses a file found at {@code <narrative>/<id>.md}; the path's folder and name are checked too. */
    public static TemplateFile parse(String path, String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        String normalised = text.replace("\r\n", "\n");
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        if (!normalised.startsWith("---\n")) {
            throw new FileException(path, Map.of("front_matter", "Le fichier doit commencer par une ligne ---."));
        }
        int end = normalised.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new FileException(path, Map.of("front_matter", "La seconde ligne --- est introuvable."));
        }
        JsonNode head;
        try {
            head = YAML.readTree(normalised.substring(4, end + 1));
        } catch (Exception e) {
            throw new FileException(path, Map.of("front_matter", "En-tête YAML illisible."));
        }
        if (head == null || !head.isObject()) {
            throw new FileException(path, Map.of("front_matter", "En-tête YAML vide."));
        }
        head.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                errors.put(k, "Clé inconnue.");
            }
        });
        String id = text(head, "id");
        if (id == null || !ContentRules.ID.matcher(id).matches()) {
            errors.put("id", "Identifiant absent ou mal formé (minuscules, chiffres et tirets).");
        }
        List<String> narratives = new ArrayList<>();
        head.path("narratives").forEach(n -> narratives.add(n.asText()));
        Map<String, String> variants = new LinkedHashMap<>();
        head.path("variants").fields().forEachRemaining(e -> variants.put(e.getKey(), e.getValue().asText()));
        List<TemplateContent.SourceRef> sources = new ArrayList<>();
        head.path("sources").forEach(s -> sources.add(new TemplateContent.SourceRef(text(s, "title"),
                text(s, "url"), text(s, "publisher"))));
        JsonNode g = head.path("gammma");
        g.fieldNames().forEachRemaining(k -> {
            if (!GAMMMA_KEYS.contains(k)) {
                errors.put("gammma." + k, "Clé inconnue.");
            }
        });
        LocalDate reviewDate = null;
        String date = text(head, "review_date");
        if (date != null) {
            try {
                reviewDate = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                errors.put("review_date", "Date invalide (AAAA-MM-JJ).");
            }
        }
        TemplateContent content = new TemplateContent(text(head, "title"), normalised.substring(end + 5),
                text(head, "language"), narratives, text(head, "strategy"), text(head, "attribution"),
                text(head, "tone"), new Gammma(text(g, "goal"), text(g, "audience"), text(g, "message"),
                        text(g, "messenger"), text(g, "media"), text(g, "call_to_action")),
                variants, sources, reviewDate, text(head, "author"), text(head, "change_note"));
        if (path != null && id != null) {
            String[] parts = path.replace('\\', '/').split("/");
            String file = parts[parts.length - 1];
            if (!file.equals(id + ".md")) {
                errors.put("id", "L’identifiant « " + id + " » doit être le nom du fichier (" + file + ").");
            }
            if (parts.length < 2 || narratives.isEmpty() || !parts[parts.length - 2].equals(narratives.get(0))) {
                errors.put("narratives", "Le dossier doit être le premier récit de la liste.");
            }
        }
        if (!errors.isEmpty()) {
            throw new FileException(path, errors);
        }
        return new TemplateFile(path, id, content);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** Where the file of a template lives in the library folder. */
    public static String pathOf(String id, TemplateContent c) {
        return c.narratives().get(0) + "/" + id + ".md";
    }

    /** The canonical file: keys in README order, strings double-quoted, flow lists, ISO date, LF, final newline. */
    public static String write(String id, TemplateContent c) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("id: ").append(id).append('\n');
        line(out, "", "title", c.title());
        out.append("language: ").append(c.language()).append('\n');
        out.append("narratives: [").append(String.join(", ", c.narratives())).append("]\n");
        out.append("strategy: ").append(c.strategy()).append('\n');
        out.append("attribution: ").append(c.attribution()).append('\n');
        out.append("tone: ").append(c.tone()).append('\n');
        if (!c.gammma().isEmpty()) {
            out.append("gammma:\n");
            Gammma g = c.gammma();
            line(out, "  ", "goal", g.goal());
            line(out, "  ", "audience", g.audience());
            line(out, "  ", "message", g.message());
            line(out, "  ", "messenger", g.messenger());
            line(out, "  ", "media", g.media());
            line(out, "  ", "call_to_action", g.callToAction());
        }
        if (!c.variants().isEmpty()) {
            out.append("variants:\n");
            c.variants().forEach((k, v) -> line(out, "  ", k, v));
        }
        if (!c.sources().isEmpty()) {
            out.append("sources:\n");
            for (TemplateContent.SourceRef s : c.sources()) {
                out.append("  - title: ").append(quote(s.title())).append('\n');
                line(out, "    ", "url", s.url());
                line(out, "    ", "publisher", s.publisher());
            }
        }
        if (c.reviewDate() != null) {
            out.append("review_date: ").append(c.reviewDate()).append('\n');
        }
        line(out, "", "author", c.author());
        line(out, "", "change_note", c.changeNote());
        out.append("---\n").append(c.body()).append('\n');
        return out.toString();
    }

    private static void line(StringBuilder out, String indent, String key, String value) {
        if (value != null) {
            out.append(indent).append(key).append(": ").append(quote(value)).append('\n');
        }
    }

    /** YAML double-quoted scalar: backslash, quote and control characters escaped. */
    static String quote(String value) {
        StringBuilder q = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        q.append(String.format("\\x%02x", (int) ch));
                    } else {
                        q.append(ch);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}

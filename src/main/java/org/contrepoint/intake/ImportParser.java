package org.contrepoint.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an import file into the same JSON items the API takes: CSV (header row naming the API's fields, metrics as
 * followers/views/shares/reactions columns, narratives separated by ";") or JSON (a list, or {"posts": [...]}).
 */
public final class ImportParser {

    public static final int MAX_ROWS = 5000;
    static final Set<String> TEXT_COLUMNS = Set.of("platform", "platformId", "url", "authorHandle", "authorName",
            "text", "language", "postedAt", "capturedAt", "mediaDescription", "risk");
    static final Set<String> METRIC_COLUMNS = Set.of("followers", "views", "shares", "reactions");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An item and the line of the file it starts on. */
    public record Row(int line, JsonNode item) {
    }

    public static class Unreadable extends Exception {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    private ImportParser() {
    }

    public static List<Row> parse(String content, String format) throws Unreadable {
        return "json".equals(format) ? json(content) : csv(content);
    }

    public static String formatOf(String fileName, String content) {
        String trimmed = content.stripLeading();
        if ((fileName != null && fileName.toLowerCase().endsWith(".json")) || trimmed.startsWith("[")
                || trimmed.startsWith("{")) {
            return "json";
        }
        return "csv";
    }

    private static List<Row> json(String content) throws Unreadable {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (Exception e) {
            throw new Unreadable();
        }
        JsonNode list = root != null && root.isObject() && root.has("posts") ? root.get("posts") : root;
        if (list == null || !list.isArray() || list.size() > MAX_ROWS) {
            throw new Unreadable();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rows.add(new Row(i + 1, list.get(i)));
        }
        return rows;
    }

    private static List<Row> csv(String content) throws Unreadable {
        List<Csv.Record> records = Csv.parse(content.startsWith("\uFEFF") ? content.substring(1) : content);
        if (records.isEmpty() || records.size() > MAX_ROWS + 1) {
            throw new Unreadable();
        }
        List<String> header = records.get(0).fields().stream().map(String::strip).toList();
        if (!header.contains("platform") || !header.contains("text")) {
            throw new Unreadable();
        }
        List<Row> rows = new ArrayList<>();
        for (Csv.Record record : records.subList(1, records.size())) {
            if (record.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            ObjectNode item = MAPPER.createObjectNode();
            ObjectNode metrics = MAPPER.createObjectNode();
            for (int c = 0; c < header.size() && c < record.fields().size(); c++) {
                String column = header.get(c);
                String value = record.fields().get(c);
                if (value.isBlank()) {
                    continue;
                }
                if (TEXT_COLUMNS.contains(column)) {
                    item.put(column, value);
                } else if (METRIC_COLUMNS.contains(column)) {
                    try {
                        metrics.put(column, Long.parseLong(value.strip()));
                    } catch (NumberFormatException e) {
                        metrics.put(column, value);
                    }
                } else if ("narratives".equals(column)) {
                    ArrayNode codes = item.putArray("narratives");
                    for (String code : value.split("[;|]")) {
                        if (!code.isBlank()) {
                            codes.add(code.strip());
                        }
                    }
                }
            }
            if (!metrics.isEmpty()) {
                item.set("metrics", metrics);
            }
            rows.add(new Row(record.line(), item));
        }
        return rows;
    }
}

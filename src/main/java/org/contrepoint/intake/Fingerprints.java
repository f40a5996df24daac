package org.contrepoint.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.TreeMap;
import org.contrepoint.identity.Tokens;

/**
 * The evidence fingerprint of a post: SHA-256 (hex) of the canonical JSON of the item as received, before any
 * normalisation, detection or defaulting. Canonical JSON = object keys sorted, no whitespace, Jackson's escaping.
 * An import line is first turned into the same JSON object (CSV columns as fields, metrics grouped), and the manual
 * form likewise, so that one definition serves every source and anyone can recompute it from what was sent.
 */
public final class Fingerprints {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fingerprints() {
    }

    public static String canonical(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(sorted(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            Iterator<java.util.Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                var e = it.next();
                fields.put(e.getKey(), sorted(e.getValue()));
            }
            ObjectNode out = MAPPER.createObjectNode();
            fields.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            var out = MAPPER.createArrayNode();
            node.forEach(child -> out.add(sorted(child)));
            return out;
        }
        return node;
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return Tokens.sha256(bytes);
    }
}

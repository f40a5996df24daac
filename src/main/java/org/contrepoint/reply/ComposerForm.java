package org.contrepoint.reply;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The composer's fields as typed: the text with its placeholders, one value per variable, the version read. */
public record ComposerForm(String text, Map<String, String> values, int version) {

    public static final String VARIABLE_PREFIX = "var_";
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_VALUE = 2_000;

    public static ComposerForm from(MultivaluedMap<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, list) -> {
            if (name.startsWith(VARIABLE_PREFIX) && !list.isEmpty()) {
                values.put(name.substring(VARIABLE_PREFIX.length()), list.get(0));
            }
        });
        int version;
        try {
            version = Integer.parseInt(params.getFirst("version"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        String text = params.getFirst("text");
        return new ComposerForm(text == null ? "" : text.replace("\r\n", "\n"), values, version);
    }

    public static ComposerForm of(Reply reply) {
        return new ComposerForm(reply.text, new LinkedHashMap<>(reply.variables), reply.version);
    }

    public static ComposerForm start(ReplySource source) {
        return new ComposerForm(source == null ? "" : source.text(), Map.of(), 0);
    }

    /** Field → error key (see ReplyMessages.composerError...). Empty when the draft may be saved. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (text.isBlank()) {
            errors.put("text", "Empty");
        } else if (text.length() > MAX_TEXT) {
            errors.put("text", "TooLong");
        }
        values.forEach((name, value) -> {
            if (value != null && value.length() > MAX_VALUE) {
                errors.put(VARIABLE_PREFIX + name, "ValueTooLong");
            }
        });
        return errors;
    }

    public String value(String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    /** The variables to show: those of the template text and of the text as typed, each once. */
    public List<String> variables(ReplySource source) {
        return ReplyText.variables(ReplySource.askingFor(source, text));
    }
}

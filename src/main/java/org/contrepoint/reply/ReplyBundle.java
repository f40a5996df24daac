package org.contrepoint.reply;

import java.util.LinkedHashMap;
import java.util.Map;
import org.contrepoint.web.Bundles;

/** The reply texts in the reader's language, for messages built in Java (refusals, notices, field errors). */
public final class ReplyBundle {

    private ReplyBundle() {
    }

    public static ReplyMessages of(String lang) {
        return Bundles.of(ReplyMessages.class, lang);
    }

    /** Field → error key becomes field → message, for the template to show next to each field. */
    public static Map<String, String> explain(ReplyMessages m, Map<String, String> errorKeys) {
        Map<String, String> out = new LinkedHashMap<>();
        errorKeys.forEach((field, key) -> out.put(field, m.fieldError(key)));
        return out;
    }
}

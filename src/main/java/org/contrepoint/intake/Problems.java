package org.contrepoint.intake;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.web.ProblemDetails;

/** RFC 9457 problem details for the intake API, with one entry per bad field (and item index in a batch). */
final class Problems {

    private Problems() {
    }

    static Response of(int status, String title, String detail, List<FieldError> errors) {
        if (errors == null || errors.isEmpty()) {
            return ProblemDetails.of(status, title, detail, null);
        }
        List<Map<String, Object>> entries = errors.stream().limit(2000).map(e -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (e.index() != null) {
                entry.put("index", e.index());
            }
            entry.put("field", e.field());
            entry.put("detail", e.detail());
            return entry;
        }).toList();
        return ProblemDetails.of(status, title, detail, Map.of("errors", entries));
    }
}

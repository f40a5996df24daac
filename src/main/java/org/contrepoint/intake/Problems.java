package org.contrepoint.intake;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.web.ErrorResponses;

/** RFC 9457 problem details for the intake API, with one entry per bad field (and item index in a batch). */
final class Problems {

    private Problems() {
    }

    static Response of(int status, String title, String detail, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors.stream().limit(2000).map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                if (e.index() != null) {
                    m.put("index", e.index());
                }
                m.put("field", e.field());
                m.put("detail", e.detail());
                return m;
            }).toList());
        }
        return Response.status(status).type(ErrorResponses.PROBLEM_JSON).entity(body).build();
    }
}

package org.contrepoint.library.api;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.contrepoint.web.ProblemDetails;

/** RFC 9457 problem details with one entry per field in error. */
final class Problems {

    private Problems() {
    }

    static Response invalid(Map<String, String> errors) {
        return of(400, "Invalid request", errors);
    }

    static Response of(int status, String title, Map<String, String> errors) {
        List<Map<String, String>> list = new ArrayList<>();
        errors.forEach((field, message) -> list.add(Map.of("field", field, "message", message)));
        return ProblemDetails.of(status, title, null, list.isEmpty() ? null : Map.of("errors", list));
    }
}

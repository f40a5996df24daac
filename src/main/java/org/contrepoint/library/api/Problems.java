package org.contrepoint.library.api;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.web.ErrorResponses;

/** RFC 9457 problem details with one entry per field in error. */
final class Problems {

    private Problems() {
    }

    static Response invalid(Map<String, String> errors) {
        return of(400, "Invalid request", errors);
    }

    static Response of(int status, String title, Map<String, String> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        List<Map<String, String>> list = new ArrayList<>();
        errors.forEach((field, message) -> list.add(Map.of("field", field, "message", message)));
        if (!list.isEmpty()) {
            problem.put("errors", list);
        }
        return Response.status(status).type(ErrorResponses.PROBLEM_JSON).entity(problem).build();
    }
}

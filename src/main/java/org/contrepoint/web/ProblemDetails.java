package org.contrepoint.web;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that writes RFC 9457 problem details ({@code application/problem+json}). Features add their own
 * members (per-field errors, an incident reference) without building the envelope again.
 */
public final class ProblemDetails {

    private ProblemDetails() {
    }

    /**
     * @param detail     human-readable explanation, or null
     * @param extensions extra members in order (null values are left out)
     */
    public static Response of(int status, String title, String detail, Map<String, ?> extensions) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        if (extensions != null) {
            extensions.forEach((name, value) -> {
                if (value != null) {
                    problem.put(name, value);
                }
            });
        }
        return Response.status(status).type(ErrorResponses.PROBLEM_JSON).entity(problem).build();
    }
}

package org.contrepoint.web;

import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What every response must carry and must never say, checked on each response a test collects: the security
 * headers (the same as {@link SecurityHeadersTest}) and no stack trace, SQL or Java class name in the body.
 */
final class ResponseHygiene {

    /** Internals that must never reach a visitor, whatever the status. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bselect\\s+[\\w*.,\\s()]+\\s+from\\s+\\w", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\binsert\\s+into\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bupdate\\s+\\w+\\s+set\\s", Pattern.CASE_INSENSITIVE),
            Pattern.compile("SQLState|SQL Error|JDBC|org\\.hibernate|org\\.h2\\.|org\\.postgresql", Pattern.CASE_INSENSITIVE),
            Pattern.compile("org\\.contrepoint\\.|java\\.lang\\.|jakarta\\.|io\\.quarkus\\.|io\\.vertx\\."),
            Pattern.compile("Exception|Caused by:"),
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)"));

    /**
     * Operator-only endpoints whose body is about the JVM by nature (Prometheus metrics name exception types, the
     * OpenAPI document names schemas): their headers are still checked.
     */
    private static final List<String> BODY_EXEMPT = List.of("/q/metrics", "/q/openapi");

    private ResponseHygiene() {
    }

    /** The problems of one response, described for the failure message (empty when it is clean). */
    static List<String> problems(String what, String path, Response response) {
        List<String> problems = new java.util.ArrayList<>();
        String csp = response.header("Content-Security-Policy");
        if (csp == null || !csp.contains("script-src 'self'") || !csp.contains("object-src 'none'")
                || !csp.contains("base-uri 'none'") || !csp.contains("frame-ancestors 'none'")
                || csp.contains("unsafe-inline")) {
            problems.add(what + ": Content-Security-Policy " + csp);
        }
        if (!"nosniff".equals(response.header("X-Content-Type-Options"))) {
            problems.add(what + ": X-Content-Type-Options " + response.header("X-Content-Type-Options"));
        }
        if (!"same-origin".equals(response.header("Referrer-Policy"))) {
            problems.add(what + ": Referrer-Policy " + response.header("Referrer-Policy"));
        }
        String contentType = response.contentType();
        boolean page = contentType != null && contentType.startsWith("text/html");
        if (page && !"no-store".equals(response.header("Cache-Control"))) {
            problems.add(what + ": Cache-Control " + response.header("Cache-Control") + " on a page");
        }
        if (BODY_EXEMPT.stream().noneMatch(path::startsWith)) {
            String body = response.asString();
            for (Pattern leak : LEAKS) {
                var m = leak.matcher(body);
                if (m.find()) {
                    int from = Math.max(0, m.start() - 60);
                    problems.add(what + ": body shows internals near «"
                            + body.substring(from, Math.min(body.length(), m.end() + 60)).replaceAll("\\s+", " ") + "»");
                }
            }
        }
        return problems;
    }
}

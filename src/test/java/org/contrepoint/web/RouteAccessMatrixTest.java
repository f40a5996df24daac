package org.contrepoint.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.contrepoint.identity.Role;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route × every kind of visitor. The table below is the security model in code: a route that the
 * application registers but the table does not list fails this test, so no route ships without a decision.
 */
@QuarkusTest
class RouteAccessMatrixTest {

    private static final String CM = Role.COMMUNITY_MANAGER_ID;
    private static final String REVIEWER = Role.REVIEWER_ID;
    private static final String CONTRIBUTOR = Role.CONTRIBUTOR_ID;
    private static final String ADMIN = Role.ADMIN_ID;
    private static final String INTAKE = Role.INTAKE_ID;

    /** Who may use a route: everyone, anyone signed in, or holders of one of the roles. */
    record Access(boolean isPublic, boolean anySignedIn, Set<String> roles) {
        static Access everyone() {
            return new Access(true, true, Set.of());
        }

        static Access signedIn() {
            return new Access(false, true, Set.of());
        }

        static Access roles(String... roles) {
            return new Access(false, false, Set.of(roles));
        }

        boolean allows(Subject subject) {
            if (isPublic) {
                return true;
            }
            if (subject.anonymous()) {
                return false;
            }
            return anySignedIn || subject.roles().stream().anyMatch(roles::contains);
        }
    }

    /**
     * A concrete path for routes with path parameters (an object everyone allowed may see). Routes with parameters
     * and no example are left to their feature's own object-level tests.
     */
    static final Map<String, String> EXAMPLES = new java.util.HashMap<>();

    static final Map<String, Access> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("GET /", Access.signedIn());
        ROUTES.put("GET /login", Access.everyone());
        ROUTES.put("POST /login", Access.everyone());
        ROUTES.put("POST /logout", Access.signedIn());
        ROUTES.put("POST /language", Access.everyone());
        ROUTES.put("GET /library", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("GET /queue", Access.roles(CM, REVIEWER, ADMIN));
        ROUTES.put("GET /approvals", Access.roles(REVIEWER));
        ROUTES.put("GET /dashboard", Access.roles(CM, REVIEWER, ADMIN));
        ROUTES.put("GET /dashboard/export/{table}.csv", Access.roles(CM, REVIEWER, ADMIN));
        EXAMPLES.put("/dashboard/export/{table}.csv", "/dashboard/export/status.csv");
        ROUTES.put("GET /admin", Access.roles(ADMIN));
        ROUTES.put("GET /admin/audit", Access.roles(ADMIN));
        ROUTES.put("GET /admin/audit/verify", Access.roles(ADMIN));
        ROUTES.put("GET /admin/audit/export.csv", Access.roles(ADMIN));
        ROUTES.put("GET /admin/audit/export.jsonl", Access.roles(ADMIN));
        ROUTES.put("GET /api/v1/audit/verification", Access.roles(ADMIN));
        ROUTES.put("GET /api/v1/me", Access.signedIn());
        // notifications
        ROUTES.put("GET /notifications", Access.signedIn());
        ROUTES.put("POST /notifications/{id}/open", Access.signedIn());
        ROUTES.put("POST /notifications/read-all", Access.signedIn());
        // library
        ROUTES.put("GET /library/templates/{id}", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("GET /library/templates/{id}/propose", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("POST /library/templates/{id}/propose", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("GET /library/propose", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("POST /library/propose", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("GET /library/mine", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("GET /library/reviews", Access.roles(REVIEWER));
        ROUTES.put("GET /library/versions/{vid}", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("GET /library/versions/{vid}/edit", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("POST /library/versions/{vid}/edit", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("POST /library/versions/{vid}/comments", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("POST /library/versions/{vid}/decision", Access.roles(REVIEWER));
        ROUTES.put("GET /admin/library", Access.roles(ADMIN));
        ROUTES.put("GET /admin/library/export", Access.roles(ADMIN));
        ROUTES.put("POST /admin/library/import", Access.roles(ADMIN));
        ROUTES.put("POST /admin/library/templates/{id}/retire", Access.roles(ADMIN));
        ROUTES.put("GET /admin/taxonomy", Access.roles(ADMIN));
        ROUTES.put("GET /admin/taxonomy/{kind}/{code}", Access.roles(ADMIN));
        ROUTES.put("POST /admin/taxonomy/{kind}/{code}", Access.roles(ADMIN));
        ROUTES.put("GET /api/v1/templates", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("POST /api/v1/templates", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("GET /api/v1/templates/{id}", Access.roles(CONTRIBUTOR, CM, REVIEWER, ADMIN));
        ROUTES.put("POST /api/v1/library/import", Access.roles(ADMIN));
        EXAMPLES.put("/library/templates/{id}", "/library/templates/victimisation-chiffres-protection");
        EXAMPLES.put("/library/templates/{id}/propose", "/library/templates/victimisation-chiffres-protection/propose");
        EXAMPLES.put("/admin/taxonomy/{kind}/{code}", "/admin/taxonomy/narratives/victimhood");
        EXAMPLES.put("/api/v1/templates/{id}", "/api/v1/templates/victimisation-chiffres-protection");
        // queue
        ROUTES.put("GET /queue/events", Access.roles(CM, REVIEWER, ADMIN));
        ROUTES.put("POST /queue/bulk", Access.roles(CM, ADMIN));
        ROUTES.put("GET /queue/new", Access.roles(CM, ADMIN));
        ROUTES.put("POST /queue/new", Access.roles(CM, ADMIN));
        ROUTES.put("GET /queue/import", Access.roles(CM, ADMIN));
        ROUTES.put("POST /queue/import", Access.roles(CM, ADMIN));
        ROUTES.put("GET /queue/import/{draft}", Access.roles(CM, ADMIN));
        ROUTES.put("POST /queue/import/{draft}", Access.roles(CM, ADMIN));
        ROUTES.put("GET /queue/posts/{id}", Access.roles(CM, REVIEWER, ADMIN));
        ROUTES.put("POST /queue/posts/{id}/claim", Access.roles(CM, ADMIN));
        ROUTES.put("POST /queue/posts/{id}/release", Access.roles(CM, REVIEWER, ADMIN));
        ROUTES.put("POST /queue/posts/{id}/reassign", Access.roles(REVIEWER, ADMIN));
        ROUTES.put("POST /queue/posts/{id}/decision", Access.roles(CM, ADMIN));
        ROUTES.put("POST /queue/posts/{id}/close", Access.roles(CM, ADMIN));
        ROUTES.put("POST /queue/posts/{id}/evidence", Access.roles(CM, ADMIN));
        ROUTES.put("GET /queue/posts/{id}/evidence/{evidenceId}", Access.roles(CM, REVIEWER, ADMIN));
        ROUTES.put("GET /queue/posts/{id}/dossier", Access.roles(CM, REVIEWER, ADMIN));
        ROUTES.put("GET /admin/queue", Access.roles(ADMIN));
        ROUTES.put("POST /admin/queue", Access.roles(ADMIN));
        ROUTES.put("POST /admin/queue/retention", Access.roles(ADMIN));
        ROUTES.put("POST /api/v1/posts", Access.roles(INTAKE, ADMIN));
        ROUTES.put("GET /api/v1/posts/{id}", Access.roles(INTAKE, ADMIN, CM, REVIEWER));
        // replies and sign-off
        ROUTES.put("GET /queue/posts/{id}/replies/new", Access.roles(CM));
        ROUTES.put("POST /queue/posts/{id}/replies", Access.roles(CM));
        ROUTES.put("GET /replies", Access.roles(CM));
        ROUTES.put("GET /replies/{rid}", Access.roles(CM, REVIEWER, ADMIN));
        ROUTES.put("POST /replies/{rid}", Access.roles(CM));
        ROUTES.put("POST /replies/{rid}/submit", Access.roles(CM));
        ROUTES.put("POST /replies/{rid}/withdraw", Access.roles(CM));
        ROUTES.put("POST /replies/{rid}/publish", Access.roles(CM));
        ROUTES.put("POST /replies/{rid}/outcomes", Access.roles(CM));
        ROUTES.put("POST /replies/{rid}/comments", Access.roles(CM, REVIEWER));
        ROUTES.put("POST /approvals/{rid}/approve", Access.roles(REVIEWER));
        ROUTES.put("POST /approvals/{rid}/decision", Access.roles(REVIEWER));
        ROUTES.put("GET /api/v1/replies", Access.roles(CM, REVIEWER, ADMIN, INTAKE));
        ROUTES.put("GET /api/v1/replies/{id}", Access.roles(CM, REVIEWER, ADMIN, INTAKE));
        ROUTES.put("POST /api/v1/replies/{id}/outcomes", Access.roles(CM, INTAKE));
        EXAMPLES.put("/api/v1/replies/{id}", "/api/v1/replies/{rid}");
        EXAMPLES.put("/api/v1/replies/{id}/outcomes", "/api/v1/replies/{rid}/outcomes");
        // sign-off administration
        ROUTES.put("GET /admin/signoff", Access.roles(ADMIN));
        ROUTES.put("POST /admin/signoff", Access.roles(ADMIN));
        ROUTES.put("POST /admin/signoff/reasons", Access.roles(ADMIN));
        ROUTES.put("GET /admin/signoff/reasons/{code}", Access.roles(ADMIN));
        ROUTES.put("POST /admin/signoff/reasons/{code}", Access.roles(ADMIN));
        ROUTES.put("POST /admin/signoff/reasons/{code}/retire", Access.roles(ADMIN));
        ROUTES.put("POST /admin/signoff/reasons/{code}/reactivate", Access.roles(ADMIN));
        EXAMPLES.put("/admin/signoff/reasons/{code}", "/admin/signoff/reasons/inexact");
        // replies: suggestions
        ROUTES.put("GET /api/v1/posts/{id}/suggestions", Access.roles(CM, REVIEWER, ADMIN));
    }

    /** Path parameters filled with objects that exist (queue: a sample post and its screenshot). */
    private static final Map<String, String> SAMPLES = new LinkedHashMap<>();

    /** A route's path with its parameters filled: an exact example first, then sample values. */
    static String concrete(String path) {
        String filled = EXAMPLES.getOrDefault(path, path);
        for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
            filled = filled.replace(sample.getKey(), sample.getValue());
        }
        return filled;
    }

    /** Operational routes outside the REST resources. */
    static final Map<String, Access> OPERATIONS = Map.of(
            "GET /q/health/live", Access.everyone(),
            "GET /q/health/ready", Access.everyone(),
            "GET /q/metrics", Access.roles(ADMIN, INTAKE),
            "GET /q/openapi", Access.roles(ADMIN, INTAKE));

    record Subject(String name, boolean anonymous, Set<String> roles, Browserless visitor) {
    }

    @Inject
    TestPeople people;

    @Inject
    org.contrepoint.support.QueueSamples queueSamples;

    @Inject
    org.contrepoint.support.ReplySamples replySamples;

    private List<Subject> subjects;

    @BeforeEach
    void signEveryoneIn() {
        people.ensure("norole", List.of());
        people.ensure("disabled", List.of(CM));
        SAMPLES.putAll(queueSamples.pathParameters());
        SAMPLES.putIfAbsent("{rid}", String.valueOf(replySamples.draft("manager", "Réponse d’exemple pour la matrice")));
        subjects = new ArrayList<>();
        subjects.add(new Subject("anonymous", true, Set.of(), Browserless.anonymous()));
        subjects.add(signedIn("manager", CM));
        subjects.add(signedIn("reviewer", REVIEWER));
        subjects.add(signedIn("contributor", CONTRIBUTOR));
        subjects.add(signedIn("admin", ADMIN));
        subjects.add(signedIn("monitor", INTAKE));
        subjects.add(signedIn("norole"));
        Browserless disabled = Browserless.signedInAs("disabled");
        people.setEnabled("disabled", false);
        // A disabled person's session stops working at once: they count as anonymous.
        subjects.add(new Subject("disabled", true, Set.of(), disabled));
    }

    private static Subject signedIn(String username, String... roles) {
        return new Subject(username, false, Set.of(roles), Browserless.signedInAs(username));
    }

    @Test
    void everyRegisteredRouteIsInTheTable() {
        JsonPath openapi = given().auth().preemptive().basic("admin", "demo").accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        Set<String> registered = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> registered.add(m.toUpperCase() + " " + path)));
        assertEquals(new TreeSet<>(ROUTES.keySet()), registered,
                "Every route needs a line in RouteAccessMatrixTest.ROUTES (and only registered routes belong there)");
    }

    @Test
    void getRoutesAnswerOnlyWhomTheTableAllows() {
        List<String> surprises = new ArrayList<>();
        Map<String, Access> all = new LinkedHashMap<>(ROUTES);
        all.putAll(OPERATIONS);
        all.forEach((route, access) -> {
            if (!route.startsWith("GET ")) {
                return;
            }
            String path = concrete(route.substring(4));
            if (path.contains("{")) {
                return;
            }
            for (Subject subject : subjects) {
                int status = subject.visitor().get(path).statusCode();
                int expected = expectedGet(path, access, subject);
                if (status != expected) {
                    surprises.add(route + " as " + subject.name() + ": " + status + " instead of " + expected);
                }
            }
        });
        assertTrue(surprises.isEmpty(), String.join("\n", surprises));
    }

    @Test
    void stateChangingRoutesRefuseAnonymousVisitorsWhereTheTableSaysSo() {
        List<String> surprises = new ArrayList<>();
        ROUTES.forEach((route, access) -> {
            if (route.startsWith("GET ")) {
                return;
            }
            String[] parts = route.replaceAll("\\{[^}]+}", "0").split(" ", 2);
            Browserless visitor = Browserless.anonymous();
            visitor.get("/login");
            int status = visitor.request().header(CsrfTokens.HEADER, visitor.csrfToken())
                    .contentType("application/x-www-form-urlencoded").formParam("probe", "1")
                    .request(parts[0], concrete(parts[1]).replaceAll("\\{[^}]+}", "0")).statusCode();
            boolean refused = status == 302 || status == 401 || status == 403;
            if (access.isPublic() == refused) {
                surprises.add(route + " as anonymous: " + status);
            }
        });
        assertTrue(surprises.isEmpty(), String.join("\n", surprises));
    }

    private static int expectedGet(String path, Access access, Subject subject) {
        boolean api = path.startsWith("/api/") || path.startsWith("/q/");
        if (!access.allows(subject)) {
            if (subject.anonymous()) {
                return api ? 401 : 302;
            }
            return 403;
        }
        if (path.equals("/login") && !subject.anonymous()) {
            return 303;
        }
        return 200;
    }
}

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
        List<String> unclean = new ArrayList<>();
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
                io.restassured.response.Response response = subject.visitor().get(path);
                int status = response.statusCode();
                unclean.addAll(ResponseHygiene.problems(route + " as " + subject.name() + " (" + status + ")", path,
                        response));
                int expected = expectedGet(path, access, subject);
                if (status != expected) {
                    surprises.add(route + " as " + subject.name() + ": " + status + " instead of " + expected);
                }
            }
        });
        assertTrue(surprises.isEmpty(), String.join("\n", surprises));
        // Every response of the sweep (pages, API, CSV, redirects, 401, 403): headers and no internals.
        assertTrue(unclean.isEmpty(), unclean.size() + " response(s) without the security headers or showing "
                + "internals:\n" + String.join("\n", unclean.subList(0, Math.min(40, unclean.size()))));
    }

    @Test
    void stateChangingRoutesRefuseAnonymousVisitorsWhereTheTableSaysSo() {
        List<String> surprises = new ArrayList<>();
        List<String> unclean = new ArrayList<>();
        ROUTES.forEach((route, access) -> {
            if (route.startsWith("GET ")) {
                return;
            }
            String[] parts = route.replaceAll("\\{[^}]+}", "0").split(" ", 2);
            Browserless visitor = Browserless.anonymous();
            visitor.get("/login");
            String path = concrete(parts[1]).replaceAll("\\{[^}]+}", "0");
            io.restassured.response.Response response = visitor.request().header(CsrfTokens.HEADER, visitor.csrfToken())
                    .contentType("application/x-www-form-urlencoded").formParam("probe", "1")
                    .request(parts[0], path);
            int status = response.statusCode();
            unclean.addAll(ResponseHygiene.problems(route + " as anonymous (" + status + ")", path, response));
            boolean refused = status == 302 || status == 401 || status == 403;
            if (access.isPublic() == refused) {
                surprises.add(route + " as anonymous: " + status);
            }
        });
        assertTrue(surprises.isEmpty(), String.join("\n", surprises));
        assertTrue(unclean.isEmpty(), String.join("\n", unclean));
    }

    /**
     * Every state-changing route as each signed-in visitor, with a valid token but a body the route cannot use
     * (and once without the token): whatever the answer (303, 400, 403, 404, 409, 415, 422...), it carries the
     * security headers and shows no internals. Nothing is asserted about the status here: the feature tests and the
     * table above do that.
     */
    @Test
    void everyAnswerToAStateChangingRequestIsCleanWhoeverSendsIt() {
        List<String> unclean = new ArrayList<>();
        for (Subject subject : subjects) {
            if (subject.anonymous()) {
                continue;
            }
            ROUTES.forEach((route, access) -> {
                if (route.startsWith("GET ") || route.equals("POST /logout")) {
                    return;
                }
                String[] parts = route.split(" ", 2);
                String path = concrete(parts[1]).replaceAll("\\{[^}]+}", "0");
                io.restassured.response.Response withToken = subject.visitor().request()
                        .header(CsrfTokens.HEADER, subject.visitor().csrfToken())
                        .contentType("application/x-www-form-urlencoded").formParam("probe", "<b>1</b>")
                        .request(parts[0], path);
                unclean.addAll(ResponseHygiene.problems(route + " as " + subject.name() + " ("
                        + withToken.statusCode() + ")", path, withToken));
                io.restassured.response.Response withoutToken = subject.visitor().request()
                        .contentType("application/x-www-form-urlencoded").formParam("probe", "1")
                        .request(parts[0], path);
                unclean.addAll(ResponseHygiene.problems(route + " as " + subject.name() + " without token ("
                        + withoutToken.statusCode() + ")", path, withoutToken));
            });
        }
        assertTrue(unclean.isEmpty(), unclean.size() + " unclean response(s):\n"
                + String.join("\n", unclean.subList(0, Math.min(40, unclean.size()))));
    }

    /** The error answers the sweep above may not reach, each checked the same way. */
    @Test
    void everyKindOfErrorIsCleanToo() {
        Browserless manager = Browserless.signedInAs("manager");
        Browserless admin = Browserless.signedInAs("admin");
        StringBuilder thousandAndOne = new StringBuilder("{\"posts\":[");
        for (int i = 0; i < 1001; i++) {
            thousandAndOne.append(i == 0 ? "{}" : ",{}");
        }
        thousandAndOne.append("]}");
        Map<String, io.restassured.response.Response> answers = new LinkedHashMap<>();
        answers.put("404 page /nothing", manager.get("/nothing"));
        answers.put("404 api /api/v1/nothing", manager.get("/api/v1/nothing"));
        answers.put("404 post /queue/posts/999999999", manager.get("/queue/posts/999999999"));
        answers.put("404 reply /replies/999999999", manager.get("/replies/999999999"));
        answers.put("404 non-numeric id /queue/posts/abc", manager.get("/queue/posts/abc"));
        answers.put("405 unsupported method DELETE /queue", manager.request().delete("/queue"));
        answers.put("405 unsupported method PUT /api/v1/posts", monitor().put("/api/v1/posts"));
        answers.put("409 conflict", manager.get("/test-only/failures/conflict"));
        answers.put("500 bug", manager.get("/test-only/failures/bug"));
        answers.put("400 unreadable JSON", monitor().contentType("application/json").body("{").post("/api/v1/posts"));
        answers.put("413 batch too large", monitor().contentType("application/json").body(thousandAndOne.toString())
                .post("/api/v1/posts"));
        // Over contrepoint.intake.max-body-bytes (5 MB), under the HTTP layer's limit (10 MB), which closes the
        // connection before an HTTP client can read its answer.
        answers.put("413 body over the intake limit", monitor().contentType("application/json")
                .body("{\"text\":\"" + "a".repeat(6 * 1024 * 1024) + "\"}").post("/api/v1/posts"));
        answers.put("415 text/plain", monitor().contentType("text/plain").body("x").post("/api/v1/posts"));
        answers.put("422 invalid post", monitor().contentType("application/json").body("{\"platform\":\"nope\"}")
                .post("/api/v1/posts"));
        answers.put("422 invalid form", manager.post("/queue/new", Map.of("platform", "nope", "text", "")));
        answers.put("400 template form", admin.post("/library/propose", Map.of("title", "")));
        answers.put("401 API without credentials", given().get("/api/v1/me"));
        answers.put("401 API bad password", given().auth().preemptive().basic("monitor", "wrong").get("/api/v1/me"));
        answers.put("403 CSRF", manager.postWithoutToken("/queue/new", Map.of()));
        answers.put("403 CSRF forged", manager.request().header(CsrfTokens.HEADER, "forged")
                .contentType("application/x-www-form-urlencoded").formParam("a", "b").post("/queue/new"));
        answers.put("303 after sign-out", Browserless.signedInAs("reviewer").post("/logout", Map.of()));
        answers.put("401 sign-in with a bad password", Browserless.anonymous().signIn("manager", "wrong"));
        List<String> unclean = new ArrayList<>();
        answers.forEach((what, response) -> unclean.addAll(ResponseHygiene.problems(what + " (" + response.statusCode()
                + ")", what, response)));
        assertTrue(unclean.isEmpty(), String.join("\n", unclean));
        Map<String, Integer> statuses = new LinkedHashMap<>();
        answers.forEach((what, response) -> statuses.put(what, response.statusCode()));
        assertEquals(new TreeSet<>(Set.of(303, 400, 401, 403, 404, 405, 409, 413, 415, 422, 500)),
                new TreeSet<>(statuses.values()), "every kind of answer reached: " + statuses);
    }

    private static io.restassured.specification.RequestSpecification monitor() {
        return given().auth().preemptive().basic("monitor", "demo");
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

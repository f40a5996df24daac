package org.contrepoint.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.contrepoint.queue.RiskLevel;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.contrepoint.support.ReplySamples;
import org.junit.jupiter.api.Test;

/**
 * Mass assignment across the features: forms and JSON bodies padded with the fields that decide workflow and
 * ownership (status, state, author, approvals, round, role, id, assignee, priority, fingerprint, version...).
 * Every row is read back from the database: none of those values is ever persisted. The library's own form
 * (LibraryPagesTest) and the intake API's status/assignee/id/fingerprint (PostsApiTest) are covered there.
 */
@QuarkusTest
class MassAssignmentTest {

    @Inject
    Database db;

    @Inject
    QueueSamples queue;

    @Inject
    ReplySamples replies;

    /** What an attacker adds to any form or body. */
    private Map<String, String> workflowFields() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("status", "CLOSED");
        extra.put("state", "PUBLISHED");
        extra.put("id", "424242");
        extra.put("author", "admin");
        extra.put("authorId", personId("admin"));
        extra.put("authorName", "Quelqu’un d’autre");
        extra.put("createdBy", "admin");
        extra.put("assignee", "admin");
        extra.put("assigneeId", personId("admin"));
        extra.put("approvals", "5");
        extra.put("approvalsRequired", "99");
        extra.put("requiredApprovals", "99");
        extra.put("round", "7");
        extra.put("role", "admin");
        extra.put("roles", "admin");
        extra.put("priority", "9999");
        extra.put("fingerprint", "f".repeat(64));
        extra.put("decidedBy", "admin");
        extra.put("publishedUrl", "https://exemple.invalid/impose");
        return extra;
    }

    private static String errorTexts(String html) {
        var m = java.util.regex.Pattern.compile("fr-error-text\" id=\"([\\w-]+)\">([^<]*)").matcher(html);
        StringBuilder found = new StringBuilder();
        while (m.find()) {
            found.append(m.group(1)).append(": ").append(m.group(2).strip()).append(" | ");
        }
        return found.toString();
    }

    private String personId(String username) {
        return db.string("select id from person where username = '" + username + "'");
    }

    private String postColumn(long post, String column) {
        return db.string("select " + column + " from post where id = " + post);
    }

    private String replyColumn(long reply, String column) {
        return db.string("select " + column + " from reply where id = " + reply);
    }

    @Test
    void intakeApiTakesNoWorkflowFieldFromTheBody() {
        String platformId = "mass-api-" + UUID.randomUUID();
        ObjectNode item = queue.item(platformId, "Publication fictive qui tente d’imposer son traitement " + platformId);
        workflowFields().forEach(item::put);
        item.put("decision", "dismiss");
        item.put("clusterId", 1);
        item.putObject("priorityDetail").put("score", 9999);
        given().auth().preemptive().basic("monitor", "demo").contentType("application/json").body(item.toString())
                .post("/api/v1/posts").then().statusCode(201);
        long post = db.count("select id from post where platform_id = '" + platformId + "'");
        assertNotEquals(424242L, post);
        assertEquals("NEW", postColumn(post, "status"));
        assertNull(postColumn(post, "assignee_id"));
        assertNull(postColumn(post, "decided_by"));
        assertNull(postColumn(post, "decision"));
        assertNotEquals("9999", postColumn(post, "priority"));
        assertEquals("0", postColumn(post, "version"));
    }

    @Test
    void manualEntryTakesNoWorkflowFieldFromTheForm() {
        Browserless manager = Browserless.signedInAs("manager");
        String platformId = "mass-manual-" + UUID.randomUUID();
        Map<String, String> form = new HashMap<>(workflowFields());
        form.put("platform", "x");
        form.put("postedAt", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(2)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString());
        form.put("platformId", platformId);
        form.put("url", "https://exemple.invalid/" + platformId);
        form.put("text", "Saisie fictive qui tente d’imposer son traitement " + platformId);
        form.put("version", "42");
        Response answer = manager.post("/queue/new", form);
        assertEquals(303, answer.statusCode(), errorTexts(answer.asString()));
        long post = db.count("select id from post where platform_id = '" + platformId + "'");
        assertNotEquals(424242L, post);
        assertEquals("NEW", postColumn(post, "status"));
        assertNull(postColumn(post, "assignee_id"));
        assertNull(postColumn(post, "decided_by"));
        assertNotEquals("9999", postColumn(post, "priority"));
        assertEquals("0", postColumn(post, "version"));
    }

    @Test
    void theDecisionFormDecidesOnlyWhatItSaysAsItsSender() {
        long post = queue.post("Publication fictive à décider " + UUID.randomUUID());
        long other = queue.post("Autre publication fictive " + UUID.randomUUID());
        String priority = postColumn(post, "priority");
        String risk = postColumn(post, "risk");
        Browserless manager = Browserless.signedInAs("manager");
        manager.post("/queue/posts/" + post + "/claim", Map.of()).then().statusCode(303);
        Map<String, String> form = new HashMap<>(workflowFields());
        form.put("id", String.valueOf(other));
        form.put("postId", String.valueOf(other));
        form.put("risk", "critical");
        form.put("kind", "monitor");
        form.put("reason", "Surveillance, rien de plus");
        form.put("version", postColumn(post, "version"));
        manager.post("/queue/posts/" + post + "/decision", form).then().statusCode(303);
        assertEquals("DECIDED", postColumn(post, "status"));
        assertEquals("MONITOR", postColumn(post, "decision"));
        assertEquals(personId("manager"), postColumn(post, "assignee_id"));
        assertNotEquals("admin", postColumn(post, "decided_by"));
        assertEquals(priority, postColumn(post, "priority"));
        assertEquals(risk, postColumn(post, "risk"));
        assertEquals("NEW", postColumn(other, "status"), "the id in the body names no other post");
        assertNull(postColumn(other, "decision"));
    }

    @Test
    void theComposerAndTheReplyFormSetOnlyTextAndVariables() {
        long post = replies.answerablePost("manager", RiskLevel.CRITICAL);
        Browserless manager = Browserless.signedInAs("manager");
        Map<String, String> form = new HashMap<>(workflowFields());
        form.put("text", "Réponse fictive qui tente d’imposer son état.");
        form.put("version", "0");
        form.put("postId", String.valueOf(queue.post("Autre publication " + UUID.randomUUID())));
        String location = manager.post("/queue/posts/" + post + "/replies", form).then().statusCode(303).extract()
                .header("Location");
        long reply = Long.parseLong(location.replaceAll(".*/replies/(\\d+).*", "$1"));
        assertNotEquals(424242L, reply);
        assertEquals(String.valueOf(post), replyColumn(reply, "post_id"));
        checkDraftUntouched(reply);
        String required = replyColumn(reply, "required_approvals");
        assertNotEquals("99", required);

        form.put("text", "Réponse fictive revue, qui tente encore.");
        form.put("version", replyColumn(reply, "version"));
        manager.post("/replies/" + reply, form).then().statusCode(303);
        assertEquals("Réponse fictive revue, qui tente encore.", replyColumn(reply, "text"));
        checkDraftUntouched(reply);
        assertEquals(required, replyColumn(reply, "required_approvals"));
    }

    private void checkDraftUntouched(long reply) {
        assertEquals("DRAFT", replyColumn(reply, "status"));
        assertEquals(personId("manager"), replyColumn(reply, "author_id"));
        assertEquals("0", replyColumn(reply, "round"));
        assertNotEquals("f".repeat(64), replyColumn(reply, "fingerprint"));
        assertNull(replyColumn(reply, "published_url"));
        assertEquals(0, db.count("select count(*) from reply_approval where reply_id = " + reply));
    }

    @Test
    void anApprovalCountsOnceWhateverTheFormClaims() {
        long post = replies.answerablePost("manager", RiskLevel.CRITICAL);
        Browserless manager = Browserless.signedInAs("manager");
        String location = manager.post("/queue/posts/" + post + "/replies", Map.of("text",
                "Réponse fictive à approuver.", "version", "0")).then().statusCode(303).extract().header("Location");
        long reply = Long.parseLong(location.replaceAll(".*/replies/(\\d+).*", "$1"));
        manager.post("/replies/" + reply + "/submit", Map.of("version", replyColumn(reply, "version")))
                .then().statusCode(303);
        Browserless reviewer = Browserless.signedInAs("reviewer");
        Map<String, String> form = new HashMap<>(workflowFields());
        form.put("fingerprint", replyColumn(reply, "fingerprint"));
        reviewer.post("/approvals/" + reply + "/approve", form).then().statusCode(303);
        assertEquals(1, db.count("select count(*) from reply_approval where reply_id = " + reply));
        assertEquals(personId("reviewer"), db.string("select reviewer_id from reply_approval where reply_id = " + reply));
        assertEquals("SUBMITTED", replyColumn(reply, "status"), "critical risk needs a second approval");
    }

    @Test
    void theLibraryApiTakesNoWorkflowFieldFromTheBody() {
        Map<String, Object> body = new LinkedHashMap<>(workflowFields());
        body.put("title", "Proposition API de masse " + UUID.randomUUID());
        body.put("text", "Texte fictif {{auteur}}");
        body.put("language", "fr");
        body.put("narratives", List.of("martyrdom"));
        body.put("strategy", "empathy-questions");
        body.put("id", "modele-impose-api");
        body.put("versionId", 424242);
        body.put("version", 7);
        body.put("number", 9);
        body.put("reviewerId", personId("reviewer"));
        Response answer = given().auth().preemptive().basic("contributor", "demo").contentType("application/json")
                .body(body).post("/api/v1/templates");
        assertEquals(201, answer.statusCode(), answer.asString());
        String version = answer.path("versionId").toString();
        assertNotEquals("424242", version);
        assertEquals("SUBMITTED", db.string("select status from library_version where id = " + version));
        assertEquals(personId("contributor"), db.string("select author_id from library_version where id = " + version));
        assertEquals("0", db.string("select version from library_version where id = " + version));
        assertEquals(0, db.count("select count(*) from library_template where id = 'modele-impose-api'"));
    }
}

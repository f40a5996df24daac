package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.LibrarySamples;
import org.contrepoint.support.ReplySamples;
import org.contrepoint.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Object-level rules, by id, past the route table: what one person may do with another person's unpublished
 * submission or reply draft. Each refused action is checked twice: the answer is not a success, and the rows and
 * the audit log are unchanged. (Reading rules are also in LibraryPagesTest and SignoffFlowTest.)
 */
@QuarkusTest
class ObjectLevelAccessTest {

    @Inject
    Database db;

    @Inject
    TestPeople people;

    @Inject
    ReplySamples replies;

    @BeforeEach
    void people() {
        people.ensure("contributor2", List.of("contributor"));
    }

    private static boolean success(Response response) {
        return response.statusCode() < 400;
    }

    private long auditCount(String objectType, String objectId) {
        return db.count("select count(*) from audit_entry where object_type = '" + objectType + "' and object_id = '"
                + objectId + "'");
    }

    /** Audit entries other than signing in (each visitor of the test signs in, which is audited). */
    private long changesAudited() {
        return db.count("select count(*) from audit_entry where action not like 'login%'");
    }

    @Test
    void aContributorNeitherSeesNorActsOnAnotherContributorsSubmission() {
        Browserless author = Browserless.signedInAs("contributor");
        String title = "Proposition privée " + UUID.randomUUID();
        Map<String, String> form = LibrarySamples.proposal(title, "Texte fictif de contre-discours.");
        Response proposed = author.post("/library/propose", form);
        assertEquals(303, proposed.statusCode());
        long version = Long.parseLong(proposed.header("Location").replaceAll(".*/library/versions/(\\d+).*", "$1"));
        String template = db.string("select template_id from library_version where id = " + version);
        String lock = db.string("select version from library_version where id = " + version);
        long versions = db.count("select count(*) from library_version");
        long audit = changesAudited();
        long comments = db.count("select count(*) from discussion_comment");

        Browserless other = Browserless.signedInAs("contributor2");
        List<String> leaks = new ArrayList<>();
        Map<String, Response> reads = Map.of(
                "version page", other.get("/library/versions/" + version),
                "edit form", other.get("/library/versions/" + version + "/edit"),
                "template page", other.get("/library/templates/" + template),
                "new version form", other.get("/library/templates/" + template + "/propose"),
                "API", other.request().get("/api/v1/templates/" + template),
                "library search", other.get("/library?q=" + title.substring(0, 20)),
                "own list", other.get("/library/mine"));
        reads.forEach((what, response) -> {
            if (response.asString().contains(title)) {
                leaks.add(what + " shows the title (" + response.statusCode() + ")");
            }
        });
        other.get("/library/mine");
        Map<String, String> edited = new HashMap<>(form);
        edited.put("title", "Réécrit par une autre personne");
        edited.put("version", lock);
        Map<String, Response> acts = Map.of(
                "edit", other.post("/library/versions/" + version + "/edit", edited),
                "comment", other.post("/library/versions/" + version + "/comments", Map.of("body", "Intrusion")),
                "publish", other.post("/library/versions/" + version + "/decision", Map.of("decision", "publish",
                        "version", lock)),
                "new version", other.post("/library/templates/" + template + "/propose", edited));
        acts.forEach((what, response) -> {
            if (success(response)) {
                leaks.add(what + " answered " + response.statusCode());
            }
        });
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
        assertEquals(title, db.string("select title from library_version where id = " + version));
        assertEquals("SUBMITTED", db.string("select status from library_version where id = " + version));
        assertEquals(versions, db.count("select count(*) from library_version"));
        assertEquals(comments, db.count("select count(*) from discussion_comment"));
        assertEquals(audit, changesAudited(), "no refused action is recorded as done");
        // The author and reviewers still see it; a manager does not (it is not published).
        author.get("/library/versions/" + version).then().statusCode(200);
        Browserless.signedInAs("reviewer").get("/library/versions/" + version).then().statusCode(200);
        Browserless.signedInAs("manager").get("/library/versions/" + version).then().statusCode(404);
    }

    @Test
    void onlyTheAuthorActsOnAReplyDraftOthersReadItAtMostAsTheirRoleAllows() {
        long reply = replies.draft("manager", "Brouillon fictif de l’autrice " + UUID.randomUUID());
        String text = db.string("select text from reply where id = " + reply);
        String version = db.string("select version from reply where id = " + reply);
        long audit = auditCount("reply", String.valueOf(reply));
        List<String> leaks = new ArrayList<>();

        // Another manager: may read the draft (the team works the same queue) but not act on it.
        Browserless manager2 = Browserless.signedInAs("manager2");
        Response page = manager2.get("/replies/" + reply);
        assertEquals(200, page.statusCode());
        if (page.asString().contains("name=\"text\"")) {
            leaks.add("manager2 gets the edit form");
        }
        // A reviewer: reads and comments (review starts on drafts), never edits, submits or withdraws.
        Browserless reviewer = Browserless.signedInAs("reviewer");
        reviewer.get("/replies/" + reply).then().statusCode(200);
        for (Browserless other : List.of(manager2, reviewer)) {
            String who = other == manager2 ? "manager2" : "reviewer";
            Map<String, Response> acts = Map.of(
                    "save", other.post("/replies/" + reply, Map.of("text", "Réécrit.", "version", version,
                            "action", "save")),
                    "submit", other.post("/replies/" + reply + "/submit", Map.of("version", version)),
                    "withdraw", other.post("/replies/" + reply + "/withdraw", Map.of("version", version)),
                    "publish", other.post("/replies/" + reply + "/publish", Map.of("version", version, "url",
                            "https://exemple.invalid/p", "publishedAt", "2026-11-24T10:00")),
                    "outcome", other.post("/replies/" + reply + "/outcomes", Map.of("repliesReceived", "3")));
            acts.forEach((what, response) -> {
                if (success(response)) {
                    leaks.add(who + " " + what + " answered " + response.statusCode());
                }
            });
        }
        // A contributor and a person without a role: nothing, neither page nor API.
        for (String username : List.of("contributor", "norole")) {
            people.ensure("norole", List.of());
            Browserless visitor = Browserless.signedInAs(username);
            for (String path : List.of("/replies/" + reply, "/api/v1/replies/" + reply)) {
                Response response = visitor.get(path);
                if (success(response) || response.asString().contains(text)) {
                    leaks.add(username + " reads " + path + " (" + response.statusCode() + ")");
                }
            }
            if (success(visitor.post("/replies/" + reply + "/comments", Map.of("body", "Intrusion")))) {
                leaks.add(username + " comments");
            }
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
        assertEquals(text, db.string("select text from reply where id = " + reply));
        assertEquals("DRAFT", db.string("select status from reply where id = " + reply));
        assertEquals(version, db.string("select version from reply where id = " + reply));
        assertEquals(audit, auditCount("reply", String.valueOf(reply)), "no refused action is recorded as done");
        // Guessing ids finds nothing and breaks nothing.
        Browserless.signedInAs("manager").get("/replies/" + (reply + 100_000)).then().statusCode(404);
    }
}

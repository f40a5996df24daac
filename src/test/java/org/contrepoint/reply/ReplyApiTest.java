package org.contrepoint.reply;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.contrepoint.support.Database;
import org.contrepoint.support.ReplySamples;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReplyApiTest {

    @Inject
    ReplySamples samples;
    @Inject
    Database db;

    @Test
    void aReplyIsReadWithItsStateAndTheTextThatWouldBePublished() {
        long id = samples.draft("manager", "Texte lu par un outil de suivi.");
        given().auth().preemptive().basic("monitor", "demo").get("/api/v1/replies/" + id).then().statusCode(200)
                .body("status", equalTo("draft")).body("text", equalTo("Texte lu par un outil de suivi."))
                .body("approvals", hasSize(0)).body("publishedUrl", nullValue());
        given().auth().preemptive().basic("monitor", "demo").get("/api/v1/replies?status=draft&limit=200").then()
                .statusCode(200).body("replies.id", hasItem((int) id));
        given().auth().preemptive().basic("monitor", "demo").get("/api/v1/replies?status=nope").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().preemptive().basic("contributor", "demo").get("/api/v1/replies/" + id).then().statusCode(403);
        given().get("/api/v1/replies/" + id).then().statusCode(401);
        given().auth().preemptive().basic("monitor", "demo").get("/api/v1/replies/999999999").then().statusCode(404);
    }

    @Test
    void listingPagesByKeysetNewestFirst() {
        for (int i = 0; i < 3; i++) {
            samples.draft("manager", "Réponse " + i);
        }
        var first = given().auth().preemptive().basic("admin", "demo").get("/api/v1/replies?limit=2").then()
                .statusCode(200).body("replies", hasSize(2)).extract().jsonPath();
        long newest = first.getLong("replies[0].id");
        long second = first.getLong("replies[1].id");
        assertEquals(second, first.getLong("next"));
        long third = given().auth().preemptive().basic("admin", "demo").get("/api/v1/replies?limit=2&before=" + second)
                .then().statusCode(200).extract().jsonPath().getLong("replies[0].id");
        assertEquals(true, newest > second && second > third, newest + " > " + second + " > " + third);
    }

    @Test
    void outcomesAreRecordedOnlyForPublishedRepliesAndBadFieldsWriteNothing() {
        long id = samples.draft("manager", "Réponse publiée puis suivie.");
        given().auth().preemptive().basic("monitor", "demo").contentType("application/json")
                .body("{\"assessment\":\"positive\"}").post("/api/v1/replies/" + id + "/outcomes").then()
                .statusCode(409);
        QuarkusTransaction.requiringNew().run(() -> {
            Reply r = Reply.findById(id);
            Signer author = new Signer(r.authorId, r.authorName, true, false);
            r.submit(author, 1, Instant.now());
            long reviewer = org.contrepoint.identity.Person.findEmbedded("reviewer").orElseThrow().id;
            r.approve(new Signer(reviewer, "Relecture test", false, true), Instant.now()).persist();
            r.publish(author, "https://x.example/status/9", Instant.now(), Instant.now());
        });
        given().auth().preemptive().basic("monitor", "demo").contentType("application/json")
                .body("{\"assessment\":\"excellent\",\"reactions\":-1}").post("/api/v1/replies/" + id + "/outcomes")
                .then().statusCode(422).body("errors.field", hasItem("assessment")).body("errors.field", hasItem("reactions"));
        assertEquals(0, db.count("select count(*) from reply_outcome where reply_id = " + id));
        given().auth().preemptive().basic("monitor", "demo").contentType("application/json")
                .body("{\"assessment\":\"positive\",\"postRemoved\":true,\"referralResult\":\"content-removed\"}")
                .post("/api/v1/replies/" + id + "/outcomes").then().statusCode(201)
                .body("outcomes[0].assessment", equalTo("positive"))
                .body("outcomes[0].referralResult", equalTo("content-removed"));
        given().auth().preemptive().basic("reviewer", "demo").contentType("application/json")
                .body("{\"assessment\":\"positive\"}").post("/api/v1/replies/" + id + "/outcomes").then()
                .statusCode(403);
    }
}

package org.contrepoint.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostsApiTest {

    @Inject
    QueueSamples samples;

    @Inject
    Database db;

    @Inject
    ObjectMapper mapper;

    private static RequestSpecification monitor() {
        return given().auth().preemptive().basic("monitor", "demo").contentType("application/json");
    }

    private long rows(String platformIdPrefix) {
        return db.count("select count(*) from post where platform_id like '" + platformIdPrefix + "%'");
    }

    @Test
    void theSamePostSentAHundredTimesIsStoredOnce() {
        String id = "idem-" + UUID.randomUUID();
        String body = samples.item(id, "Texte reçu cent fois " + id).toString();
        long first = monitor().body(body).post("/api/v1/posts").then().statusCode(201)
                .body("created", equalTo(true)).extract().jsonPath().getLong("id");
        for (int i = 0; i < 99; i++) {
            monitor().body(body).post("/api/v1/posts").then().statusCode(200).body("id", equalTo((int) first))
                    .body("created", equalTo(false));
        }
        assertEquals(1, rows(id));
    }

    @Test
    void aBatchAnswersOneItemPerPostInOrderAndDuplicatesInsideTheBatchShareTheirId() {
        String prefix = "batch-" + UUID.randomUUID();
        ObjectNode body = mapper.createObjectNode();
        ArrayNode posts = body.putArray("posts");
        posts.add(samples.item(prefix + "-a", "Premier texte du lot " + prefix));
        posts.add(samples.item(prefix + "-b", "Deuxième texte, tout autre sujet " + prefix));
        posts.add(samples.item(prefix + "-a", "Premier texte du lot " + prefix));
        var items = monitor().body(body.toString()).post("/api/v1/posts").then().statusCode(201)
                .body("items", hasSize(3)).body("items[0].index", equalTo(0)).body("items[0].created", equalTo(true))
                .body("items[2].created", equalTo(false)).extract().jsonPath();
        assertEquals(items.getLong("items[0].id"), items.getLong("items[2].id"));
        assertEquals(2, rows(prefix));
    }

    @Test
    void aBatchWithOneInvalidItemIsRefusedWholeAndNamesTheIndex() {
        String prefix = "atomic-" + UUID.randomUUID();
        ObjectNode body = mapper.createObjectNode();
        ArrayNode posts = body.putArray("posts");
        for (int i = 0; i < 10; i++) {
            posts.add(samples.item(prefix + "-" + i, "Texte valide numéro " + i + " " + prefix));
        }
        ((ObjectNode) posts.get(7)).put("platform", "myspace");
        ((ObjectNode) posts.get(3)).remove("text");
        monitor().body(body.toString()).post("/api/v1/posts").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.find { it.index == 7 }.field", equalTo("platform"))
                .body("errors.find { it.index == 3 }.field", equalTo("text"));
        assertEquals(0, rows(prefix));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() {
        String key = UUID.randomUUID().toString();
        String id = "key-" + key;
        String body = samples.item(id, "Texte avec clé " + key).toString();
        long first = monitor().header("Idempotency-Key", key).body(body).post("/api/v1/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        monitor().header("Idempotency-Key", key).body(body).post("/api/v1/posts").then().statusCode(201)
                .body("id", equalTo((int) first));
        String other = samples.item(id + "-autre", "Un autre texte " + key).toString();
        monitor().header("Idempotency-Key", key).body(other).post("/api/v1/posts").then().statusCode(422)
                .contentType("application/problem+json");
        assertEquals(0, rows(id + "-autre"));
    }

    /**
     * The first request with a key creates, a twin sent at the same instant gets that request's answer, or 409
     * "request in progress" when it asks before the first has finished; never a 500, never two sets of rows.
     */
    @Test
    void twoRequestsWithTheSameIdempotencyKeyAtOnceStoreOnceAndGetTheSameAnswerOr409() throws Exception {
        for (int round = 0; round < 15; round++) {
            String key = UUID.randomUUID().toString();
            ObjectNode body = mapper.createObjectNode();
            ArrayNode posts = body.putArray("posts");
            for (int i = 0; i < 20; i++) {
                posts.add(samples.item(key + "-" + i, "Texte envoyé deux fois à la fois, numéro " + i + " " + key));
            }
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<io.restassured.response.Response> a = CompletableFuture.supplyAsync(
                    () -> sendAt(start, key, body.toString()));
            CompletableFuture<io.restassured.response.Response> b = CompletableFuture.supplyAsync(
                    () -> sendAt(start, key, body.toString()));
            List<io.restassured.response.Response> answers = List.of(a.get(), b.get());
            List<Integer> statuses = answers.stream().map(io.restassured.response.Response::statusCode).toList();
            assertTrue(statuses.contains(201), "round " + round + ": " + statuses);
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), "round " + round + ": " + statuses);
            List<String> created = answers.stream().filter(r -> r.statusCode() == 201).map(r -> r.asString()).toList();
            assertEquals(1, created.stream().distinct().count(), "both 201 answers are the same answer");
            answers.stream().filter(r -> r.statusCode() == 409).forEach(r -> assertEquals(
                    "application/problem+json", r.contentType().replaceAll(";.*", "")));
            assertEquals(20, rows(key + "-"));
            assertEquals(1, db.count("select count(*) from intake_key where idem_key = '" + key + "'"));
        }
    }

    /**
     * Two monitoring tools send, at the same instant, re-shares of the same stored posts that have no cluster yet:
     * both batches are stored (no 409 for an ordinary race), and each text ends up in one cluster with its original.
     */
    @Test
    void twoToolsResharingTheSameStoredPostsAtOnceAreBothStoredInOneClusterPerText() throws Exception {
        for (int round = 0; round < 8; round++) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<String> texts = new ArrayList<>();
            List<Long> originals = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                String text = "Récit fictif numéro " + t + " de la série " + run + " : une promesse de voyage "
                        + "qui cache la rupture avec la famille et les amis, racontée comme une aventure " + t;
                texts.add(text);
                originals.add(samples.post(text));
            }
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<io.restassured.response.Response>> tools = new ArrayList<>();
            for (String tool : List.of("a", "b")) {
                ObjectNode body = mapper.createObjectNode();
                ArrayNode posts = body.putArray("posts");
                // The two tools meet the texts in opposite orders, as two crawlers would.
                for (int t = 0; t < texts.size(); t++) {
                    int k = tool.equals("a") ? t : texts.size() - 1 - t;
                    posts.add(samples.item("reshare-" + run + "-" + tool + "-" + k, texts.get(k) + " #partage"));
                }
                tools.add(CompletableFuture.supplyAsync(() -> sendAt(start, null, body.toString())));
            }
            for (CompletableFuture<io.restassured.response.Response> answer : tools) {
                assertEquals(201, answer.get().statusCode(), "round " + round + ": " + answer.get().asString());
            }
            for (int t = 0; t < texts.size(); t++) {
                long original = originals.get(t);
                String clusters = "select count(distinct cluster_id) from post where id = " + original
                        + " or platform_id like 'reshare-" + run + "-%-" + t + "'";
                assertEquals(1, db.count(clusters), "round " + round + ", text " + t + ": one cluster");
                assertEquals(0, db.count("select count(*) from post where cluster_id is null and (id = " + original
                        + " or platform_id like 'reshare-" + run + "-%-" + t + "')"), "round " + round);
            }
        }
    }

    private static io.restassured.response.Response sendAt(CyclicBarrier start, String key, String body) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        RequestSpecification request = monitor();
        return (key == null ? request : request.header("Idempotency-Key", key)).body(body).post("/api/v1/posts");
    }

    @Test
    void anOversizedBodyGets413ProblemDetails() {
        String id = "big-" + UUID.randomUUID();
        ObjectNode item = samples.item(id, "x".repeat(6 * 1024 * 1024));
        monitor().body(item.toString()).post("/api/v1/posts").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
        ObjectNode body = mapper.createObjectNode();
        ArrayNode posts = body.putArray("posts");
        for (int i = 0; i < 1001; i++) {
            posts.add(samples.item(id + "-" + i, "Texte " + i));
        }
        monitor().body(body.toString()).post("/api/v1/posts").then().statusCode(413);
        assertEquals(0, rows(id));
    }

    @Test
    void statusAssigneeIdAndFingerprintAreNeverTakenFromTheBody() {
        String id = "mass-" + UUID.randomUUID();
        ObjectNode item = samples.item(id, "Texte qui tente d’imposer son état " + id);
        item.put("status", "CLOSED");
        item.put("assigneeId", 1);
        item.put("id", 999_999);
        item.put("fingerprint", "0".repeat(64));
        item.put("version", 42);
        long created = monitor().body(item.toString()).post("/api/v1/posts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        assertNotEquals(999_999L, created);
        given().auth().preemptive().basic("monitor", "demo").get("/api/v1/posts/" + created).then().statusCode(200)
                .body("status", equalTo("new")).body("assignee", equalTo(null)).body("version", equalTo(0))
                .body("fingerprint", equalTo(Fingerprints.sha256(Fingerprints.canonical(item))));
    }

    @Test
    void theLanguageIsDetectedWhenAbsent() {
        String id = "lang-" + UUID.randomUUID();
        ObjectNode item = samples.item(id, "مثال خيالي منشور يزعم أن المسلمين مضطهدون في كل مكان");
        long created = monitor().body(item.toString()).post("/api/v1/posts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        given().auth().preemptive().basic("monitor", "demo").get("/api/v1/posts/" + created).then()
                .body("language", equalTo("ar")).body("priority.score", org.hamcrest.Matchers.greaterThan(0));
        assertEquals("fr", LanguageDetector.detect("Ils disent que vous êtes seuls et que le monde est contre vous."));
        assertEquals("en", LanguageDetector.detect("They say that you are alone and the world is against you."));
    }

    @Test
    void unreadableJsonGets400ProblemDetails() {
        monitor().body("{\"platform\": ").post("/api/v1/posts").then().statusCode(400)
                .contentType("application/problem+json").body("title", containsString("JSON"));
    }

    @Test
    void contributorsAndManagersCannotPostToTheIntake() {
        given().auth().preemptive().basic("contributor", "demo").contentType("application/json").body("{}")
                .post("/api/v1/posts").then().statusCode(403);
        given().auth().preemptive().basic("contributor", "demo").get("/api/v1/posts/1").then().statusCode(403);
    }
}

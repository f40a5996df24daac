package org.contrepoint.reply.suggestion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.HtmlChecker;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/posts/{id}/suggestions and the "suggested templates" section of the post page. */
@QuarkusTest
class SuggestionsApiTest {

    @Inject
    QueueSamples samples;

    private long post;

    @BeforeEach
    void aConspiracyPost() {
        ObjectNode item = samples.item("s-" + UUID.randomUUID(), "[Exemple fictif] L'Occident est corrompu et "
                + "décadent, c'est l'ennemi juré : rejette tout ce qui vient de lui.");
        item.putArray("narratives").add("conspiracy-west");
        post = samples.create(item);
    }

    private static String path(long id) {
        return "/api/v1/posts/" + id + "/suggestions";
    }

    @Test
    void suggestionsComeBestFirstWithTheirReasons() {
        JsonPath json = given().auth().preemptive().basic("manager", "demo").get(path(post)).then().statusCode(200)
                .contentType("application/json").body("suggestions", hasSize(5),
                        "suggestions[0].templateId", equalTo("complot-tout-rejeter-sauf-le-smartphone"),
                        "suggestions[0].score", notNullValue(),
                        "suggestions[0].reasons.code", hasItem("narrative"),
                        "suggestions[0].reasons.code", hasItem("text"),
                        "suggestions[0].reasons.text", hasItem("Même langue (fr)"),
                        "suggestions.reasons.flatten().code", everyItem(notNullValue()))
                .extract().jsonPath();
        List<Float> scores = json.getList("suggestions.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), scores.toString());
        }
        given().auth().preemptive().basic("reviewer", "demo").header("Accept-Language", "en")
                .get(path(post) + "?limit=2").then().statusCode(200).body("suggestions", hasSize(2),
                        "suggestions[0].reasons.text", hasItem("Same language (fr)"));
        given().auth().preemptive().basic("admin", "demo").get(path(post) + "?limit=50").then().statusCode(200)
                .body("suggestions.size()", org.hamcrest.Matchers.greaterThan(5));
    }

    @Test
    void aBadLimitIsRefusedWithProblemDetails() {
        for (String limit : List.of("0", "51", "-3", "cinq", "2.5", "")) {
            given().auth().preemptive().basic("manager", "demo").urlEncodingEnabled(false)
                    .get(path(post) + "?limit=" + limit).then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400),
                            "errors[0].field", equalTo("limit"), "errors[0].message", containsString("de 1 à 50"));
        }
    }

    @Test
    void anUnknownPostIs404ProblemDetails() {
        given().auth().preemptive().basic("manager", "demo").get(path(999_999_999L)).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void onlyTheQueueRolesMayAsk() {
        given().get(path(post)).then().statusCode(401);
        given().auth().preemptive().basic("contributor", "demo").get(path(post)).then().statusCode(403);
        given().auth().preemptive().basic("monitor", "demo").get(path(post)).then().statusCode(403);
    }

    @Test
    void thePostPageShowsTheSuggestionsAndOffersToComposeToManagersOnly() {
        String manager = Browserless.signedInAs("manager").get("/queue/posts/" + post).then().statusCode(200)
                .extract().asString();
        assertTrue(manager.contains("Modèles suggérés"), manager);
        assertTrue(manager.contains("href=\"/library/templates/complot-tout-rejeter-sauf-le-smartphone\""));
        assertTrue(manager.contains("href=\"/queue/posts/" + post + "/replies/new?template=complot-tout-rejeter-sauf-le-smartphone\""));
        assertTrue(manager.contains("Rédiger à partir de ce modèle"));
        assertTrue(manager.contains("Récit commun : "));
        assertEquals(List.of(), HtmlChecker.errors(manager));

        Browserless reviewer = Browserless.signedInAs("reviewer");
        String seen = reviewer.request().cookie("contrepoint-lang", "en").get("/queue/posts/" + post).then()
                .statusCode(200).extract().asString();
        assertTrue(seen.contains("Suggested templates"), seen);
        assertTrue(seen.contains("Same language (fr)"));
        assertTrue(!seen.contains("/replies/new"), "reviewers do not compose");
        assertEquals(List.of(), HtmlChecker.errors(seen));
    }

    @Test
    void itWorksWhateverThePostState() {
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + post);
        manager.post("/queue/posts/" + post + "/claim", java.util.Map.of()).then().statusCode(303);
        given().auth().preemptive().basic("manager", "demo").get(path(post)).then().statusCode(200)
                .body("suggestions", not(hasSize(0)));
    }
}

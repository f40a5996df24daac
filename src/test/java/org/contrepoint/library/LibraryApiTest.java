package org.contrepoint.library;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.junit.jupiter.api.Test;

/** The library's JSON API: search, read with object checks, proposals and the admin bulk import. */
@QuarkusTest
class LibraryApiTest {

    @Inject
    Database database;

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, "demo").accept("application/json");
    }

    @Test
    void searchAndReadPublishedTemplates() {
        as("manager").get("/api/v1/templates?q=l'hijra&lang=fr").then().statusCode(200)
                .body("items.id", hasItem("hijra-pas-une-obligation-lettre-ouverte"));
        as("contributor").get("/api/v1/templates/hijra-pas-une-obligation-lettre-ouverte").then().statusCode(200)
                .body("versions[0].status", equalTo("published"), "currentVersion", equalTo(1));
        given().get("/api/v1/templates").then().statusCode(401);
        as("monitor").get("/api/v1/templates").then().statusCode(403);
    }

    @Test
    void contributorProposesThroughTheApiAndOthersCannotReadIt() {
        Map<String, Object> body = Map.of("title", "Proposition API", "text", "Texte {{auteur}}", "language", "fr",
                "narratives", List.of("martyrdom"), "strategy", "empathy-questions", "status", "published",
                "author", "quelqu’un");
        String id = as("contributor").contentType("application/json").body(body).post("/api/v1/templates").then()
                .statusCode(201).body("status", equalTo("submitted"), "author", equalTo(
                        database.string("select display_name from person where username = 'contributor'")))
                .extract().path("versionId").toString();
        String template = database.string("select template_id from library_version where id = " + id);
        as("contributor").get("/api/v1/templates/" + template).then().statusCode(200);
        as("manager").get("/api/v1/templates/" + template).then().statusCode(404);
        as("reviewer").get("/api/v1/templates/" + template).then().statusCode(200);
        as("manager").get("/api/v1/templates?status=submitted&q=Proposition API").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(template)));
        as("reviewer").get("/api/v1/templates?status=submitted&q=Proposition API").then().statusCode(200)
                .body("items.id", hasItem(template));
    }

    @Test
    void invalidProposalIsAProblemDetailsWithFieldErrors() {
        long before = database.count("select count(*) from library_version");
        as("contributor").contentType("application/json").body(Map.of("text", "{{inconnue}}", "language", "xx",
                "narratives", List.of(), "strategy", "nope")).post("/api/v1/templates").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"), "errors.field", hasItem("text"),
                        "errors.field", hasItem("language"), "errors.field", hasItem("narratives"),
                        "errors.field", hasItem("strategy"));
        assertEquals(before, database.count("select count(*) from library_version"));
    }

    @Test
    void adminBulkImportIsIdempotentOnExternalIdAndAllOrNothing() {
        List<Map<String, Object>> items = List.of(
                Map.of("externalId", "ext-1", "title", "Importé un", "text", "Premier texte importé.", "language", "fr",
                        "narratives", List.of("belonging"), "strategy", "facts"),
                Map.of("title", "Imported two", "text", "Second imported text.", "language", "en",
                        "narratives", List.of("belonging"), "strategy", "facts"));
        var first = as("admin").contentType("application/json").body(items).post("/api/v1/library/import").then()
                .statusCode(200).body("items[0].externalId", equalTo("ext-1"), "items[0].created", equalTo(true),
                        "items[1].created", equalTo(true)).extract().jsonPath();
        String id = first.getString("items[0].id");
        as("admin").contentType("application/json").body(List.of(items.get(0))).post("/api/v1/library/import").then()
                .statusCode(200).body("items[0].id", equalTo(id), "items[0].created", equalTo(false));
        assertEquals("PUBLISHED", database.string("select status from library_version where template_id = '" + id + "'"));
        as("manager").get("/api/v1/templates?q=importé").then().body("items.id", hasItem(id));

        long before = database.count("select count(*) from library_template");
        as("admin").contentType("application/json").body(List.of(
                Map.of("externalId", "ext-2", "title", "Bon", "text", "Bon texte.", "language", "fr",
                        "narratives", List.of("belonging"), "strategy", "facts"),
                Map.of("externalId", "ext-3", "title", "Mauvais", "text", "{{x}}", "language", "fr",
                        "narratives", List.of("nope"), "strategy", "facts"))).post("/api/v1/library/import").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("items[1].text"), "errors.field", hasItem("items[1].narratives"));
        assertEquals(before, database.count("select count(*) from library_template"));
        as("contributor").contentType("application/json").body(items).post("/api/v1/library/import").then()
                .statusCode(403);

        // An admin retires the imported template: kept for history, no longer found.
        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/admin/library").then().body(containsString(id));
        String lock = database.string("select version from library_template where id = '" + id + "'");
        admin.post("/admin/library/templates/" + id + "/retire", Map.of("version", lock)).then().statusCode(303);
        admin.get("/admin/library");
        admin.post("/admin/library/templates/" + id + "/retire", Map.of("version", lock)).then().statusCode(409);
        as("manager").get("/api/v1/templates?q=importé").then().body("items.id",
                org.hamcrest.Matchers.not(hasItem(id)));
        as("manager").get("/api/v1/templates/" + id).then().statusCode(200).body("status", equalTo("retired"));
    }
}

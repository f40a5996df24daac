package org.contrepoint.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.contrepoint.support.Browserless;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorPagesTest {

    private static Matcher<String> noInternals() {
        return allOf(not(containsString("Exception")), not(containsString("at org.")), not(containsString("java.")),
                not(containsString("SQL")), not(containsString("org.contrepoint")));
    }

    @Test
    void unknownPageGivesTheFrenchNotFoundPage() {
        Response response = Browserless.signedInAs("manager").get("/nothing/here");
        response.then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Page introuvable"))
                .body(containsString("class=\"fr-header\""))
                .body(noInternals());
    }

    @Test
    void unknownStaticFileGivesTheNotFoundPageToo() {
        Browserless.anonymous().get("/dsfr/missing.css").then().statusCode(404).body(containsString("Page introuvable"))
                .body(noInternals());
    }

    @Test
    void aMethodAnAddressDoesNotTakeGives405NamingTheMethodsItTakes() {
        Response page = Browserless.anonymous().request().delete("/login");
        page.then().statusCode(405).contentType(containsString("text/html"))
                .body(containsString("Action impossible à cette adresse")).body(noInternals());
        assertEquals("GET, HEAD, POST", page.header("Allow"));
        assertEquals(200, Browserless.anonymous().request().head("/login").statusCode(), "HEAD, as the header says");
        Browserless.signedInAs("manager").request().cookie(Languages.COOKIE, "en").delete("/queue").then()
                .statusCode(405).body(containsString("Action not possible at this address"));
        assertEquals("GET, HEAD", Browserless.signedInAs("manager").request().delete("/queue").header("Allow"));
        assertEquals("GET, HEAD", Browserless.signedInAs("manager").request().put("/library/templates/any-id")
                .header("Allow"), "a path parameter matches any segment");
    }

    @Test
    void aMethodAnApiAddressDoesNotTakeGives405ProblemDetails() {
        io.restassured.RestAssured.given().auth().preemptive().basic("monitor", "demo").put("/api/v1/posts").then()
                .statusCode(405).contentType(containsString("application/problem+json"))
                .body(containsString("\"status\":405")).body(noInternals());
    }

    @Test
    void forbiddenPageExplainsAndShowsNoInternals() {
        Browserless.signedInAs("contributor").get("/queue").then().statusCode(403)
                .body(containsString("Accès refusé"))
                .body(containsString("Vos rôles ne vous donnent pas accès à cette page."))
                .body(noInternals());
    }

    @Test
    void errorPagesFollowTheChosenLanguage() {
        Browserless visitor = Browserless.signedInAs("contributor");
        visitor.request().cookie(Languages.COOKIE, "en").get("/queue").then().statusCode(403)
                .body(containsString("Access denied")).body(containsString("<html lang=\"en\""));
    }

    @Test
    void apiErrorsAreProblemDetails() {
        Browserless.signedInAs("manager").get("/api/v1/nothing").then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body(containsString("\"status\":404")).body(noInternals());
    }

    @Test
    void unexpectedErrorShowsAnIncidentReferenceAndNothingInternal() {
        Response response = Browserless.signedInAs("manager").get("/test-only/failures/bug");
        response.then().statusCode(500).body(containsString("Erreur inattendue"))
                .body(containsString("rien n’a été enregistré")).body(noInternals())
                .body(not(containsString("SELECT")));
        assertTrue(response.asString().matches("(?s).*référence [0-9a-f]{8}.*"), "an incident reference is shown");
    }

    @Test
    void concurrentChangeShowsTheConflictPage() {
        Browserless.signedInAs("manager").get("/test-only/failures/conflict").then().statusCode(409)
                .body(containsString("Modification concurrente")).body(noInternals());
    }
}

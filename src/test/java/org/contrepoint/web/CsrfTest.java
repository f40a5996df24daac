package org.contrepoint.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsrfTest {

    @Inject
    Database db;

    @Test
    void signInWithoutTokenIsRefusedAndWritesNothing() {
        long sessions = db.count("select count(*) from web_session");
        long audit = db.count("select count(*) from audit_entry");
        Browserless visitor = Browserless.anonymous();
        visitor.get("/login");
        visitor.postWithoutToken("/login", Map.of("username", "manager", "password", "demo")).then()
                .statusCode(403).body(containsString("Formulaire expiré"));
        assertEquals(sessions, db.count("select count(*) from web_session"));
        assertEquals(audit, db.count("select count(*) from audit_entry"));
    }

    @Test
    void logoutWithoutTokenIsRefusedAndTheSessionLivesOn() {
        Browserless visitor = Browserless.signedInAs("manager");
        visitor.postWithoutToken("/logout", Map.of()).then().statusCode(403);
        visitor.get("/").then().statusCode(200).body(containsString("Bonjour"));
    }

    @Test
    void tokenForgedOrTakenFromAnotherBrowserIsRefused() {
        Browserless victim = Browserless.signedInAs("manager");
        Browserless attacker = Browserless.anonymous();
        attacker.get("/login");
        victim.postWithoutToken("/logout", Map.of("_csrf", attacker.csrfToken())).then().statusCode(403);
        victim.postWithoutToken("/logout", Map.of("_csrf", "forged-value")).then().statusCode(403);
        victim.get("/").then().statusCode(200);
    }

    @Test
    void tokenInTheHtmxHeaderIsAccepted() {
        Browserless visitor = Browserless.signedInAs("manager");
        visitor.request().header(CsrfTokens.HEADER, visitor.csrfToken())
                .contentType("application/x-www-form-urlencoded").formParam("lang", "en").formParam("next", "/")
                .post("/language").then().statusCode(303);
    }

    @Test
    void pagesCarryTheTokenForHtmxOnTheBody() {
        Browserless visitor = Browserless.signedInAs("manager");
        visitor.get("/").then().body(containsString("data-hx-headers='{\"X-CSRF-Token\": \"" + visitor.csrfToken() + "\"}'"));
    }

    @Test
    void everyStateChangingRouteNeedsTheToken() {
        Browserless visitor = Browserless.signedInAs("admin");
        for (String route : RouteAccessMatrixTest.ROUTES.keySet()) {
            if (route.startsWith("GET ")) {
                continue;
            }
            String[] parts = route.split(" ", 2);
            String path = RouteAccessMatrixTest.concrete(parts[1]).replaceAll("\\{[^}]+}", "0");
            // Each route with the body type it takes, so the token check is what answers (not a 415).
            var request = visitor.request();
            if (path.endsWith("/evidence") || path.equals("/queue/import")) {
                request.multiPart("lang", "en");
            } else if (path.startsWith("/api/")) {
                request.contentType("application/json").body("{}");
            } else {
                request.contentType("application/x-www-form-urlencoded").formParam("lang", "en");
            }
            request.request(parts[0], path).then().statusCode(403);
        }
        for (String method : new String[] { "PUT", "PATCH", "DELETE" }) {
            int status = visitor.request().contentType("application/x-www-form-urlencoded").formParam("lang", "en")
                    .request(method, "/language").statusCode();
            assertEquals(true, status >= 400, method + " answered " + status);
        }
        visitor.get("/").then().statusCode(200);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("lang", "en")
                .post("/language").then().statusCode(403);
    }
}

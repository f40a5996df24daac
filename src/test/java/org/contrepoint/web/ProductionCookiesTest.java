package org.contrepoint.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import org.contrepoint.support.Browserless;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ProductionCookiesProfile.class)
class ProductionCookiesTest {

    @Test
    void everyCookieIsSecureHttpOnlyAndSameSiteBehindHttps() {
        Browserless visitor = Browserless.anonymous();
        List<String> cookies = new java.util.ArrayList<>(visitor.get("/login").headers().getValues("Set-Cookie"));
        Response signIn = visitor.post("/login", java.util.Map.of("username", "admin", "password", "demo"));
        cookies.addAll(signIn.headers().getValues("Set-Cookie"));
        cookies.addAll(visitor.post("/language", java.util.Map.of("lang", "en", "next", "/"))
                .headers().getValues("Set-Cookie"));
        assertTrue(cookies.size() >= 3, cookies.toString());
        for (String cookie : cookies) {
            assertTrue(cookie.contains("; Secure"), cookie);
            assertTrue(cookie.contains("; HttpOnly"), cookie);
            assertTrue(cookie.contains("; SameSite="), cookie);
        }
    }

    @Test
    void strictTransportSecurityLastsAtLeastAYear() {
        given().get("/login").then().header("Strict-Transport-Security", containsString("max-age=31536000"));
        given().redirects().follow(false).get("/queue").then().statusCode(302)
                .header("Strict-Transport-Security", containsString("max-age=31536000"));
    }
}

package org.contrepoint.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.contrepoint.support.Browserless;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        Browserless admin = Browserless.signedInAs("admin");
        Browserless contributor = Browserless.signedInAs("contributor");
        Map<String, Response> responses = new LinkedHashMap<>();
        responses.put("sign-in page", Browserless.anonymous().get("/login"));
        responses.put("redirect to sign-in", Browserless.anonymous().get("/queue"));
        responses.put("home page", admin.get("/"));
        responses.put("403 page", contributor.get("/admin"));
        responses.put("404 page", admin.get("/does-not-exist"));
        responses.put("CSRF refusal", admin.postWithoutToken("/logout", Map.of()));
        responses.put("API challenge", given().get("/api/v1/me"));
        responses.put("API JSON", given().auth().preemptive().basic("monitor", "demo").get("/api/v1/me"));
        responses.put("static asset", given().get("/dsfr/dsfr.min.css"));
        responses.put("health", given().get("/q/health/ready"));
        responses.forEach((what, response) -> response.then()
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("Content-Security-Policy", containsString("base-uri 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin")));
    }

    @Test
    void pagesAreNeverCachedButStaticAssetsMayBe() {
        Browserless.signedInAs("admin").get("/").then().header("Cache-Control", equalTo("no-store"));
        given().get("/dsfr/dsfr.min.css").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void hstsIsOnlySentWhereConfiguredForHttps() {
        // The test profile runs over plain HTTP like the demo; production turns HSTS on (contrepoint.web.hsts).
        given().get("/login").then().header("Strict-Transport-Security", nullValue());
    }
}

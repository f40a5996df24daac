package org.contrepoint.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.contrepoint.support.Browserless;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageTest {

    @Test
    void frenchIsTheDefault() {
        Browserless.signedInAs("admin").get("/").then().body(containsString("<html lang=\"fr\""))
                .body(containsString("Bonjour"));
    }

    @Test
    void switchingToEnglishShowsEveryScreenInEnglishAndComesBack() {
        Browserless visitor = Browserless.signedInAs("admin");
        visitor.get("/admin");
        visitor.post("/language", Map.of("lang", "en", "next", "/admin")).then().statusCode(303)
                .header("Location", equalTo(Browserless.url("/admin")));
        assertEquals("en", visitor.cookie(Languages.COOKIE));
        visitor.get("/admin").then().body(containsString("<html lang=\"en\"")).body(containsString("Audit log"));
        visitor.get("/").then().body(containsString("Hello")).body(containsString("Administrator"));
        visitor.post("/language", Map.of("lang", "fr", "next", "/")).then().statusCode(303);
        visitor.get("/").then().body(containsString("Bonjour"));
    }

    @Test
    void signInPageCanBeReadInEnglishBeforeSigningIn() {
        Browserless visitor = Browserless.anonymous();
        visitor.get("/login");
        visitor.post("/language", Map.of("lang", "en", "next", "/login")).then().statusCode(303);
        visitor.get("/login").then().body(containsString("Sign in to Contrepoint"));
    }

    @Test
    void unknownLanguageAndForeignRedirectsAreIgnored() {
        Browserless visitor = Browserless.signedInAs("admin");
        visitor.post("/language", Map.of("lang", "xx", "next", "https://evil.example/")).then().statusCode(303)
                .header("Location", equalTo(Browserless.url("/")));
        assertNull(visitor.cookie(Languages.COOKIE));
    }

    @Test
    void aTextInBothLanguagesIsEnglishForEnglishReadersAndFrenchForEveryoneElse() {
        assertEquals("Other", Languages.pick(java.util.Locale.UK, "Autre", "Other"));
        assertEquals("Autre", Languages.pick(java.util.Locale.FRENCH, "Autre", "Other"));
        assertEquals("Autre", Languages.pick(java.util.Locale.GERMAN, "Autre", "Other"));
        assertEquals("Autre", Languages.pick(null, "Autre", "Other"));
    }

    @Test
    void browserPreferenceIsUsedWhenNoChoiceWasMade() {
        Browserless.signedInAs("admin").request().header("Accept-Language", "en-GB,en;q=0.9").get("/").then()
                .body(containsString("<html lang=\"en\""));
    }
}

package org.contrepoint.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The app in OIDC mode against a real Keycloak: people sign in through Keycloak's own login form (read and
 * submitted as a browser would, without one), and monitoring tools call the API with client-credentials tokens.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeycloakLoginTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL home;

    @TestHTTPResource("/api/v1/me")
    URL me;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @jakarta.inject.Inject
    org.contrepoint.support.Database db;

    @Test
    void reviewerSignsInThroughKeycloakAndGetsRealmRoles() throws Exception {
        KeycloakBrowser browser = new KeycloakBrowser();
        KeycloakBrowser.Page loginPage = browser.get(home.toURI());
        assertTrue(loginPage.isKeycloakLoginForm(), "the app sends an anonymous visitor to Keycloak's login form, "
                + "landed on " + loginPage.uri() + " (" + loginPage.status() + ")");
        assertTrue(loginPage.uri().toString().startsWith(realmUrl), loginPage.uri().toString());

        KeycloakBrowser.Page landing = browser.signIn(loginPage, "reviewer", "demo");

        assertEquals(200, landing.status(), "back on the app after signing in: " + landing.visited());
        assertEquals(home.toURI().getAuthority(), landing.uri().getAuthority(), "landed on " + landing.uri());
        HttpResponse<String> response = browser.send(me.toURI(), "Accept", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("reviewer", body.path("username").asText(), response.body());
        assertEquals("Claire Dubois", body.path("displayName").asText(), response.body());
        List<String> roles = roles(body);
        assertTrue(roles.contains("reviewer"), roles.toString());
        assertFalse(roles.contains("admin"), roles.toString());
    }

    @Test
    void signingOutEndsBothTheAppSessionAndTheKeycloakSession() throws Exception {
        KeycloakBrowser browser = new KeycloakBrowser();
        KeycloakBrowser.Page landing = browser.signIn(browser.get(home.toURI()), "manager", "demo");
        assertEquals(200, landing.status(), landing.visited().toString());
        String token = landing.html().selectFirst("input[name=_csrf]").val();

        KeycloakBrowser.Page afterLogout = browser.post(home.toURI().resolve("/logout"), java.util.Map.of("_csrf", token));

        assertTrue(afterLogout.visited().stream().anyMatch(uri -> uri.toString().startsWith(realmUrl)),
                "the Keycloak session is ended too: " + afterLogout.visited());
        assertEquals("/login", afterLogout.uri().getPath(), afterLogout.visited().toString());
        assertTrue(afterLogout.body().contains("Vous êtes déconnecté."), afterLogout.body());
        assertEquals(401, browser.send(me.toURI(), "Accept", "application/json").statusCode());
        assertTrue(browser.get(home.toURI()).isKeycloakLoginForm(), "signing in again asks for the password");
    }

    @Test
    void signInThroughKeycloakIsAudited() throws Exception {
        long before = db.count("select count(*) from audit_entry where action = 'login' and actor_name = 'reviewer2'");
        KeycloakBrowser browser = new KeycloakBrowser();
        assertEquals(200, browser.signIn(browser.get(home.toURI()), "reviewer2", "demo").status());
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        // The audit observer runs asynchronously after the sign-in: wait for its entry, not for a fixed time.
        while (db.count("select count(*) from audit_entry where action = 'login' and actor_name = 'reviewer2'") == before
                && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        }
        assertEquals(before + 1,
                db.count("select count(*) from audit_entry where action = 'login' and actor_name = 'reviewer2'"));
        assertEquals(1, db.count("select count(*) from person where username = 'reviewer2' and issuer like 'http%'"));
    }

    @Test
    void wrongPasswordStaysOnKeycloakLoginForm() throws Exception {
        KeycloakBrowser browser = new KeycloakBrowser();
        KeycloakBrowser.Page loginPage = browser.get(home.toURI());

        KeycloakBrowser.Page afterSubmit = browser.signIn(loginPage, "manager2", "not-the-password");

        assertTrue(afterSubmit.isKeycloakLoginForm(), "still on the login form: " + afterSubmit.uri());
        assertTrue(afterSubmit.uri().toString().startsWith(realmUrl), afterSubmit.uri().toString());
        assertSignedOut(browser);
    }

    @Test
    void disabledUserCannotSignIn() throws Exception {
        KeycloakBrowser browser = new KeycloakBrowser();
        KeycloakBrowser.Page loginPage = browser.get(home.toURI());

        KeycloakBrowser.Page afterSubmit = browser.signIn(loginPage, "disabled", "demo");

        assertTrue(afterSubmit.uri().toString().startsWith(realmUrl), "stays on Keycloak: " + afterSubmit.visited());
        assertFalse(afterSubmit.visited().stream().anyMatch(KeycloakLoginTest::carriesAuthorizationCode),
                "Keycloak never sends the app an authorization code: " + afterSubmit.visited());
        assertSignedOut(browser);
    }

    @Test
    void monitoringClientCredentialsTokenIsAcceptedOnTheApi() throws Exception {
        String token = new KeycloakTokens(realmUrl).clientCredentialsAccessToken(KeycloakRealmFile.MONITOR_CLIENT,
                KeycloakRealmFile.clientSecret(KeycloakRealmFile.MONITOR_CLIENT));

        HttpResponse<String> response = new KeycloakBrowser().send(me.toURI(),
                "Authorization", "Bearer " + token, "Accept", "application/json");

        assertEquals(200, response.statusCode(), response.body());
        List<String> roles = roles(JSON.readTree(response.body()));
        assertTrue(roles.contains("intake"), roles.toString());
        assertFalse(roles.contains("admin"), roles.toString());
    }

    @Test
    void anonymousApiCallWithoutTokenIsRefused() throws Exception {
        HttpResponse<String> response = new KeycloakBrowser().send(me.toURI(), "Accept", "application/json");

        assertEquals(401, response.statusCode(), "an API call is refused, not redirected to a login page: "
                + response.headers().firstValue("Location").orElse(response.body()));
    }

    @Test
    void forgedBearerTokenIsRefused() throws Exception {
        String forged = "eyJhbGciOiJub25lIn0." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"preferred_username\":\"admin\",\"realm_access\":{\"roles\":[\"admin\"]}}"
                        .getBytes(StandardCharsets.UTF_8)) + ".";

        HttpResponse<String> response = new KeycloakBrowser().send(me.toURI(),
                "Authorization", "Bearer " + forged, "Accept", "application/json");

        assertEquals(401, response.statusCode(), response.body());
    }

    private void assertSignedOut(KeycloakBrowser browser) throws Exception {
        assertFalse(browser.hasCookie("q_session"), "no app session cookie");
        HttpResponse<String> response = browser.send(me.toURI(), "Accept", "application/json");
        assertTrue(response.statusCode() != 200, "the API does not answer as a signed-in user: "
                + response.statusCode() + " " + response.body());
    }

    private static boolean carriesAuthorizationCode(URI uri) {
        return uri.getRawQuery() != null
                && Arrays.stream(uri.getRawQuery().split("&")).anyMatch(parameter -> parameter.startsWith("code="));
    }

    private static List<String> roles(JsonNode body) {
        List<String> roles = new ArrayList<>();
        body.path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }
}

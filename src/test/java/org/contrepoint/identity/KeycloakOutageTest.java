package org.contrepoint.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.contrepoint.support.TcpProxy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Keycloak goes away and comes back, with the app in production's sign-in mode (OIDC). Ordered steps of one
 * story, because each one builds on the state the previous left: the app starts while Keycloak is away, people
 * sign in once it is back, it goes away again while they work, and comes back.
 */
@QuarkusTest
@TestProfile(KeycloakOutageProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakOutageTest {

    private static final Duration RECOVERY = Duration.ofSeconds(30);

    /** Signed in while Keycloak was up; used again while it is down. */
    private static KeycloakBrowser signedIn;
    /** A monitoring tool's access token, obtained while Keycloak was up. */
    private static String bearerToken;

    @TestHTTPResource("/")
    URL home;

    @TestHTTPResource("/api/v1/me")
    URL me;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    private static void keycloak(String command) {
        TcpProxy.flip(KeycloakOutageProfile.CONTROL, command);
    }

    @Test
    @Order(1)
    void appStartedWithoutKeycloakAndSaysSignInIsUnavailable() throws Exception {
        KeycloakBrowser visitor = new KeycloakBrowser();

        KeycloakBrowser.Page page = visitor.get(home.toURI());

        assertIdentityUnavailablePage(page);
        assertEquals(200, visitor.send(home.toURI().resolve("/q/health/ready")).statusCode(),
                "Keycloak is not a readiness dependency: signed-in people and the API keep being served");
        assertEquals(401, visitor.send(me.toURI(), "Accept", "application/json").statusCode(),
                "an API call without a token is still refused with 401, not an error");
    }

    @Test
    @Order(2)
    void signInWorksOnceKeycloakAnswers() throws Exception {
        keycloak("open");

        signedIn = signInAs("manager");
        bearerToken = new KeycloakTokens(realmUrl).clientCredentialsAccessToken(KeycloakRealmFile.MONITOR_CLIENT,
                KeycloakRealmFile.clientSecret(KeycloakRealmFile.MONITOR_CLIENT));
        assertEquals(200, apiWithBearer().statusCode());
    }

    @Test
    @Order(3)
    void whileKeycloakIsDownSignedInPeopleKeepWorkingAndNewSignInsGetAClearPage() throws Exception {
        keycloak("cut");

        for (String path : new String[] { "/", "/queue", "/library" }) {
            HttpResponse<String> response = signedIn.send(home.toURI().resolve(path));
            assertEquals(200, response.statusCode(), path + " for a person signed in before the outage");
        }
        HttpResponse<String> meAsPerson = signedIn.send(me.toURI(), "Accept", "application/json");
        assertEquals(200, meAsPerson.statusCode(), meAsPerson.body());
        assertTrue(meAsPerson.body().contains("\"manager\""), meAsPerson.body());

        HttpResponse<String> meAsTool = apiWithBearer();
        assertEquals(200, meAsTool.statusCode(), "a token obtained before the outage is checked against the keys the "
                + "app already holds: " + meAsTool.body());

        KeycloakBrowser newcomer = new KeycloakBrowser();
        assertIdentityUnavailablePage(awaitIdentityUnavailable(newcomer));
        KeycloakBrowser.Page deepLink = new KeycloakBrowser().get(home.toURI().resolve("/queue"));
        assertEquals(503, deepLink.status());
        assertEquals("/queue", deepLink.html().selectFirst("main a.fr-btn").attr("href"),
                "the retry link brings the person back where they were going");
    }

    @Test
    @Order(4)
    void signInWorksAgainWhenKeycloakComesBack() throws Exception {
        keycloak("open");

        KeycloakBrowser newcomer = signInAs("reviewer");
        assertEquals(200, newcomer.send(me.toURI(), "Accept", "application/json").statusCode());
        assertEquals(200, signedIn.send(home.toURI().resolve("/queue")).statusCode(), "the earlier session lives on");
    }

    /** Signs in through Keycloak's form, waiting out the few seconds the app may take to notice Keycloak is back. */
    private KeycloakBrowser signInAs(String username) throws Exception {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (true) {
            KeycloakBrowser browser = new KeycloakBrowser();
            KeycloakBrowser.Page loginPage = browser.get(home.toURI());
            if (loginPage.isKeycloakLoginForm()) {
                KeycloakBrowser.Page landing = browser.signIn(loginPage, username, "demo");
                assertEquals(200, landing.status(), landing.visited().toString());
                assertEquals(home.toURI().getAuthority(), landing.uri().getAuthority(), landing.visited().toString());
                return browser;
            }
            assertEquals(503, loginPage.status(), "until Keycloak is noticed back, the 503 page: "
                    + loginPage.body());
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Sign-in still unavailable " + RECOVERY.toSeconds()
                        + " s after Keycloak came back");
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
    }

    /** The app may take a few seconds to notice Keycloak went away: meanwhile it still sends people there. */
    private KeycloakBrowser.Page awaitIdentityUnavailable(KeycloakBrowser browser) throws Exception {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (true) {
            try {
                KeycloakBrowser.Page page = browser.get(home.toURI());
                if (page.status() == 503 || System.nanoTime() > deadline) {
                    return page;
                }
            } catch (java.io.UncheckedIOException redirectedToTheDeadKeycloak) {
                if (System.nanoTime() > deadline) {
                    throw redirectedToTheDeadKeycloak;
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
    }

    private HttpResponse<String> apiWithBearer() throws Exception {
        return new KeycloakBrowser().send(me.toURI(), "Authorization", "Bearer " + bearerToken,
                "Accept", "application/json");
    }

    private void assertIdentityUnavailablePage(KeycloakBrowser.Page page) throws Exception {
        assertEquals(503, page.status(), "status of " + page.uri() + ": " + page.body());
        assertEquals(home.toURI().getAuthority(), page.uri().getAuthority(),
                "the page comes from Contrepoint, not a browser error on Keycloak's address: " + page.visited());
        String body = page.body();
        assertTrue(body.contains("Service d’identification indisponible"), body);
        assertTrue(body.contains("impossible de vous connecter"), body);
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("org."), body);
        assertFalse(body.contains("at io."), body);
        URI retry = URI.create(page.html().selectFirst("main a.fr-btn").attr("href"));
        assertEquals(null, retry.getHost(), "the retry link stays on Contrepoint: " + retry);
    }
}

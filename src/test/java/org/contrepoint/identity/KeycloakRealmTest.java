package org.contrepoint.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed realm file, imported into a real Keycloak, checked without the app: who can sign in, what lands in
 * the tokens, and what the clients may not do. When {@link KeycloakLoginTest} fails, this says whether the realm
 * or the app is to blame.
 */
class KeycloakRealmTest {

    private static final String APP = "http://localhost:8080/";

    private static String realmUrl;
    private static KeycloakTokens tokens;

    @BeforeAll
    static void startKeycloak() {
        realmUrl = KeycloakServer.realmUrl(KeycloakServer.ensureStarted());
        tokens = new KeycloakTokens(realmUrl);
    }

    @ParameterizedTest
    @CsvSource({
        "manager, community-manager, Camille Martin",
        "manager2, community-manager, Karim Benali",
        "reviewer, reviewer, Claire Dubois",
        "reviewer2, reviewer, Thomas Lefèvre",
        "contributor, contributor, Inès Moreau",
        "admin, admin, Alex Bernard"
    })
    void demoUserSignsInWithTheDemoPasswordAndHoldsExactlyTheirRealmRole(String username, String role, String name) {
        KeycloakTokens.Pkce pkce = KeycloakTokens.Pkce.create();
        KeycloakBrowser browser = new KeycloakBrowser();
        KeycloakBrowser.Page loginPage = browser.get(authorizationRequest(APP, pkce));

        KeycloakBrowser.Page back = browser.signIn(loginPage, username, "demo", KeycloakRealmTest::isApp);

        String code = queryParameter(back.location(), "code")
                .orElseThrow(() -> new AssertionError("no code for " + username + ", ended on " + back.uri()));
        KeycloakTokens.Response response = tokens.request(KeycloakRealmFile.WEB_CLIENT,
                KeycloakRealmFile.clientSecret(KeycloakRealmFile.WEB_CLIENT), Map.of(
                        "grant_type", "authorization_code", "code", code, "redirect_uri", APP,
                        "code_verifier", pkce.verifier()));
        assertEquals(200, response.status(), response.body().toString());
        JsonNode access = KeycloakTokens.claims(response.body().path("access_token").asText());
        JsonNode id = KeycloakTokens.claims(response.body().path("id_token").asText());
        assertEquals(List.of(role), KeycloakTokens.realmRoles(access), "realm roles in the access token");
        assertEquals(username, access.path("preferred_username").asText());
        assertEquals(name, access.path("name").asText());
        assertEquals(username + "@demo.contrepoint.invalid", access.path("email").asText());
        assertTrue(audience(access).contains(KeycloakRealmFile.WEB_CLIENT), access.path("aud").toString());
        assertFalse(access.path("sub").asText().isEmpty(), "sub");
        assertEquals(access.path("sub").asText(), id.path("sub").asText());
        assertEquals(300, access.path("exp").asLong() - access.path("iat").asLong(), "access token lifespan");
    }

    @Test
    void disabledUserGetsNoAuthorizationCode() {
        KeycloakBrowser browser = new KeycloakBrowser();
        KeycloakBrowser.Page loginPage = browser.get(authorizationRequest(APP, KeycloakTokens.Pkce.create()));

        KeycloakBrowser.Page after = browser.signIn(loginPage, "disabled", "demo", KeycloakRealmTest::isApp);

        assertNull(after.location(), "no redirect to the app");
        assertTrue(after.isKeycloakLoginForm(), "back on the login form");
    }

    @Test
    void webClientRequiresPkce() {
        URI withoutPkce = URI.create(tokens.authorizationEndpoint() + "?client_id=" + KeycloakRealmFile.WEB_CLIENT
                + "&response_type=code&scope=openid&state=s&redirect_uri=" + APP);

        KeycloakBrowser.Page page = new KeycloakBrowser().get(withoutPkce, KeycloakRealmTest::isApp);

        assertEquals(Optional.of("invalid_request"), queryParameter(page.location(), "error"), page.location());
    }

    @Test
    void webClientRefusesRedirectsOutsideTheApp() {
        URI foreign = URI.create(tokens.authorizationEndpoint() + "?client_id=" + KeycloakRealmFile.WEB_CLIENT
                + "&response_type=code&scope=openid&state=s&redirect_uri=http://attacker.invalid/");

        KeycloakBrowser.Page page = new KeycloakBrowser().get(foreign, target -> true);

        assertEquals(400, page.status());
        assertNull(page.location());
    }

    @Test
    void monitorServiceAccountHoldsIntakeOnly() {
        String token = tokens.clientCredentialsAccessToken(KeycloakRealmFile.MONITOR_CLIENT,
                KeycloakRealmFile.clientSecret(KeycloakRealmFile.MONITOR_CLIENT));

        JsonNode access = KeycloakTokens.claims(token);
        assertEquals(List.of("intake"), KeycloakTokens.realmRoles(access));
        assertEquals(KeycloakRealmFile.MONITOR_CLIENT, access.path("azp").asText());
        assertTrue(audience(access).contains(KeycloakRealmFile.WEB_CLIENT), access.path("aud").toString());
    }

    @Test
    void passwordGrantIsRefusedToBothClients() {
        for (String client : List.of(KeycloakRealmFile.WEB_CLIENT, KeycloakRealmFile.MONITOR_CLIENT)) {
            KeycloakTokens.Response response = tokens.request(client, KeycloakRealmFile.clientSecret(client),
                    Map.of("grant_type", "password", "username", "reviewer", "password", "demo"));
            assertEquals(400, response.status(), client + ": " + response.body());
            assertEquals("unauthorized_client", response.body().path("error").asText(), client);
        }
    }

    @Test
    void webClientCannotUseClientCredentials() {
        KeycloakTokens.Response response = tokens.request(KeycloakRealmFile.WEB_CLIENT,
                KeycloakRealmFile.clientSecret(KeycloakRealmFile.WEB_CLIENT),
                Map.of("grant_type", "client_credentials"));

        assertTrue(response.status() >= 400, response.body().toString());
        assertFalse(response.body().has("access_token"));
    }

    @Test
    void realmFileStoresOnlyPasswordHashes() throws Exception {
        String text = Files.readString(KeycloakRealmFile.path());
        assertFalse(text.matches("(?s).*\"value\"\\s*:\\s*\"demo\".*"), "no clear-text password");
        for (JsonNode user : KeycloakRealmFile.json().path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                assertEquals("password", credential.path("type").asText());
                assertFalse(credential.has("value"), user.path("username") + " has a clear-text credential");
                JsonNode data = KeycloakTokens.parse(credential.path("credentialData").asText());
                JsonNode secret = KeycloakTokens.parse(credential.path("secretData").asText());
                assertEquals("pbkdf2-sha256", data.path("algorithm").asText());
                assertTrue(data.path("hashIterations").asInt() >= 210_000, "iterations");
                assertNotNull(secret.get("salt"), "salt");
            }
        }
    }

    private static boolean isApp(URI target) {
        return target.toString().startsWith(APP);
    }

    private static URI authorizationRequest(String redirectUri, KeycloakTokens.Pkce pkce) {
        return URI.create(tokens.authorizationEndpoint() + "?client_id=" + KeycloakRealmFile.WEB_CLIENT
                + "&response_type=code&scope=openid&state=test-state&redirect_uri=" + redirectUri
                + "&code_challenge=" + pkce.challenge() + "&code_challenge_method=S256");
    }

    private static Optional<String> queryParameter(String uri, String name) {
        if (uri == null || URI.create(uri).getRawQuery() == null) {
            return Optional.empty();
        }
        return Arrays.stream(URI.create(uri).getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(pair -> pair.length == 2 && pair[0].equals(name))
                .map(pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8))
                .findFirst();
    }

    private static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        if (aud.isArray()) {
            return StreamSupport.stream(aud.spliterator(), false).map(JsonNode::asText).toList();
        }
        return List.of(aud.asText());
    }
}

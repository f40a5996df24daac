package org.contrepoint.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed realm file, docker/keycloak/contrepoint-realm.json: the tests take the client secrets from it so
 * that the file stays the only place they are written.
 */
final class KeycloakRealmFile {

    static final String REALM = "contrepoint";
    static final String WEB_CLIENT = "contrepoint-web";
    static final String MONITOR_CLIENT = "contrepoint-monitor";

    private KeycloakRealmFile() {
    }

    static Path path() {
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(basedir, "docker", "keycloak", "contrepoint-realm.json");
    }

    static JsonNode json() {
        try {
            return new ObjectMapper().readTree(Files.readString(path()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm file " + path(), e);
        }
    }

    /**
     * The realm file as Keycloak imports it for this run: the web client also accepts the app's test port when a
     * run uses another one than 8081 ({@code -Dquarkus.http.test-port}), so that Keycloak tests run on any port.
     */
    static String forTestPort() {
        int port = Integer.getInteger("quarkus.http.test-port", 8081);
        JsonNode realm = json();
        if (port != 8080 && port != 8081) {
            for (JsonNode client : realm.path("clients")) {
                if (WEB_CLIENT.equals(client.path("clientId").asText())) {
                    String uris = "http://localhost:" + port + "/*";
                    ((com.fasterxml.jackson.databind.node.ArrayNode) client.path("redirectUris")).add(uris);
                    com.fasterxml.jackson.databind.node.ObjectNode attributes =
                            (com.fasterxml.jackson.databind.node.ObjectNode) client.path("attributes");
                    attributes.put("post.logout.redirect.uris",
                            attributes.path("post.logout.redirect.uris").asText() + "##" + uris);
                }
            }
        }
        return realm.toString();
    }

    static String clientSecret(String clientId) {
        for (JsonNode client : json().path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client.path("secret").asText();
            }
        }
        throw new IllegalStateException("No client " + clientId + " in " + path());
    }
}

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

    static String clientSecret(String clientId) {
        for (JsonNode client : json().path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client.path("secret").asText();
            }
        }
        throw new IllegalStateException("No client " + clientId + " in " + path());
    }
}

package org.contrepoint.identity;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak for the OIDC tests: the keycloak-quarkus-dist that the build unpacks into target/keycloak, started
 * with {@code kc.sh start-dev} and the committed realm file.
 *
 * <p>One server serves the whole test JVM. Its port and process id live in system properties rather than in static
 * fields because Quarkus loads this class in its own class loader for each application it starts, while plain JUnit
 * tests load it in the application class loader: only JVM-wide state lets them all share one server. For the same
 * reason {@link #stop()} leaves it running (the plain {@code KeycloakRealmTest} runs after the {@code @QuarkusTest}s
 * and would otherwise pay a second start); a shutdown hook destroys the process tree when the test JVM exits.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    static final String KEYCLOAK_VERSION = "26.7.3";
    static final int PREFERRED_PORT = 8180;

    private static final String PORT_PROPERTY = "contrepoint.test.keycloak.port";
    private static final String PID_PROPERTY = "contrepoint.test.keycloak.pid";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    @Override
    public Map<String, String> start() {
        String realmUrl = realmUrl(ensureStarted());
        return Map.of(
                "quarkus.oidc.auth-server-url", realmUrl,
                "quarkus.oidc.client-id", KeycloakRealmFile.WEB_CLIENT,
                "quarkus.oidc.credentials.secret", KeycloakRealmFile.clientSecret(KeycloakRealmFile.WEB_CLIENT),
                "quarkus.oidc.tenant-enabled", "true",
                // The realm requires PKCE (S256) from the web client and puts the web client in the access tokens'
                // audience, for monitoring tools' tokens too.
                "quarkus.oidc.authentication.pkce-required", "true",
                "quarkus.oidc.token.audience", KeycloakRealmFile.WEB_CLIENT,
                "contrepoint.auth.mode", "oidc");
    }

    @Override
    public void stop() {
        // Deliberately left running for the next test class; see the class comment and Reaper.
    }

    /** Starts Keycloak unless this JVM already runs one, and returns its HTTP port. */
    static synchronized int ensureStarted() {
        Optional<Integer> running = runningPort();
        if (running.isPresent()) {
            return running.get();
        }
        Path home = keycloakHome();
        int port = choosePort();
        long begin = System.nanoTime();
        Process process = launch(home, port);
        System.setProperty(PID_PROPERTY, Long.toString(process.pid()));
        System.setProperty(PORT_PROPERTY, Integer.toString(port));
        Runtime.getRuntime().addShutdownHook(new Reaper(process.toHandle()));
        awaitRealm(process, port);
        System.out.printf("Keycloak %s ready on port %d after %d s (log: %s)%n", KEYCLOAK_VERSION, port,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin), logFile());
        return port;
    }

    /** The realm's URL as the app and the test's HTTP client see it: always {@code localhost}, never 127.0.0.1. */
    static String realmUrl(int port) {
        return "http://localhost:" + port + "/realms/" + KeycloakRealmFile.REALM;
    }

    private static Optional<Integer> runningPort() {
        String port = System.getProperty(PORT_PROPERTY);
        String pid = System.getProperty(PID_PROPERTY);
        if (port == null || pid == null) {
            return Optional.empty();
        }
        boolean alive = ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(Integer.parseInt(port)) : Optional.empty();
    }

    private static Path keycloakHome() {
        Path home = Path.of(System.getProperty("keycloak.home",
                "target/keycloak/keycloak-" + KEYCLOAK_VERSION)).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution in " + home
                    + ": the build unpacks it during process-test-resources (./mvnw process-test-resources)");
        }
        return home;
    }

    private static Path logFile() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "keycloak.log");
    }

    private static Process launch(Path home, int port) {
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.writeString(imports.resolve("contrepoint-realm.json"), KeycloakRealmFile.forTestPort());
            // The import skips a realm that already exists: start from an empty dev database so that every run
            // sees the committed realm file as it is now, without lockouts or sessions left by an earlier run.
            deleteRecursively(home.resolve("data/h2"));
            Files.createDirectories(logFile().getParent());
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port", Integer.toString(port), "--import-realm")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile().toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "bootstrap-admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", randomPassword());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak from " + home, e);
        }
    }

    private static void awaitRealm(Process process, int port) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/realms/"
                + KeycloakRealmFile.REALM + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + tailOfLog());
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(POLL_INTERVAL);
        }
        new Reaper(process.toHandle()).run();
        throw new IllegalStateException("Keycloak did not serve realm " + KeycloakRealmFile.REALM + " within "
                + START_TIMEOUT.toSeconds() + " s" + tailOfLog());
    }

    private static int choosePort() {
        if (isFree(PREFERRED_PORT)) {
            return PREFERRED_PORT;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for Keycloak", e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(logFile());
            return "; last lines of " + logFile() + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "; see " + logFile();
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    /**
     * Destroys kc.sh and the JVM it spawned. A named class rather than a lambda, loaded when it is registered, so
     * that it still runs after Quarkus has closed the class loader it came from.
     */
    private static final class Reaper extends Thread {

        private final ProcessHandle script;

        Reaper(ProcessHandle script) {
            super("keycloak-reaper");
            this.script = script;
        }

        @Override
        public void run() {
            List<ProcessHandle> tree = Stream.concat(script.descendants(), Stream.of(script)).toList();
            for (ProcessHandle process : tree) {
                process.destroy();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            for (ProcessHandle process : tree) {
                while (process.isAlive() && System.nanoTime() < deadline) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                if (process.isAlive()) {
                    process.destroyForcibly();
                }
            }
        }
    }
}

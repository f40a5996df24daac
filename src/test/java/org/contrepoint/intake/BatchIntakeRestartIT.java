package org.contrepoint.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application (the production build, run against a PostgreSQL database of its own) is killed with
 * SIGKILL while it stores a batch of 1,000 posts, then started again: the batch is there whole or not at all, its
 * Idempotency-Key record goes with it, the audit chain still verifies, and sending the batch again completes it
 * with exactly 1,000 rows. One round kills the JVM while PostgreSQL shows the batch's inserts under way (nothing
 * may remain), one as soon as the rows are committed (all must remain, though the client may never have had its
 * answer), one at a fixed delay after sending (wherever it lands).
 *
 * <p>Runs in {@code ./mvnw verify} (failsafe, after {@code package}): it needs target/quarkus-app and PostgreSQL
 * on 127.0.0.1:5432, and is skipped with a reason when either is missing.
 */
class BatchIntakeRestartIT {

    private static final Logger LOG = Logger.getLogger(BatchIntakeRestartIT.class);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 1000;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String PG_HOST = System.getProperty("contrepoint.it.pg-host", "127.0.0.1:5432");
    private static final String PG_USER = System.getProperty("contrepoint.it.pg-user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("contrepoint.it.pg-password", "postgres");
    private static final String DATABASE = System.getProperty("contrepoint.it.db-name", "contrepoint_restart_it");
    /**
     * When each round kills: {@link #IN_TRANSACTION} (PostgreSQL shows the batch's inserts under way, so the kill
     * must leave nothing), {@link #AFTER_COMMIT} (the batch's rows are visible from outside, so the kill must leave
     * them all, whether or not the answer reached the client), or a number of milliseconds after sending.
     */
    private static final long IN_TRANSACTION = -1;
    private static final long AFTER_COMMIT = -2;
    private static final long[] KILL_AT = { IN_TRANSACTION, AFTER_COMMIT, 250 };

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path jar = Path.of(System.getProperty("contrepoint.it.app-jar", "target/quarkus-app/quarkus-run.jar"))
            .toAbsolutePath();
    private final Path log = Path.of("target", "batch-intake-restart-it.log").toAbsolutePath();
    private Process app;
    private int port;

    @BeforeEach
    void freshDatabase() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(jar), "no packaged application at " + jar
                + " (this test runs in ./mvnw verify, after package)");
        Assumptions.assumeTrue(postgresAnswers(), "no PostgreSQL on " + PG_HOST);
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
        Files.deleteIfExists(log);
    }

    @AfterEach
    void killApp() {
        kill();
    }

    @Test
    void aBatchCutByAKillIsStoredWholeOrNotAtAllAndCompletesWhenSentAgain() throws Exception {
        start();
        List<String> outcomes = new ArrayList<>();
        boolean killedInsideTransaction = false;
        for (int round = 0; round < KILL_AT.length; round++) {
            String prefix = "restart-" + round + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
            String key = UUID.randomUUID().toString();
            String body = batch(prefix);

            CompletableFuture<HttpResponse<String>> sent = http.sendAsync(intake(body, key),
                    HttpResponse.BodyHandlers.ofString());
            boolean insideTransaction = false;
            if (KILL_AT[round] == IN_TRANSACTION) {
                insideTransaction = awaitOpenInsertTransaction(Duration.ofSeconds(30));
                assertTrue(insideTransaction, "PostgreSQL never showed the batch's transaction open");
            } else if (KILL_AT[round] == AFTER_COMMIT) {
                awaitPosts(prefix, Duration.ofSeconds(30));
            } else {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(KILL_AT[round]));
                insideTransaction = openInsertTransaction();
            }
            kill();
            killedInsideTransaction |= insideTransaction;
            String answer = sent.handle((response, error) -> response == null ? "no answer"
                    : Integer.toString(response.statusCode())).get(10, TimeUnit.SECONDS);
            awaitNoBackendLeft();

            long stored = posts(prefix);
            long keys = count("select count(*) from intake_key where idem_key = '" + key + "'");
            outcomes.add("round " + round + ": killed " + (KILL_AT[round] == IN_TRANSACTION ? "in transaction"
                    : KILL_AT[round] == AFTER_COMMIT ? "after commit" : KILL_AT[round] + " ms after sending")
                    + (insideTransaction ? " (transaction open)" : "")
                    + ", client got " + answer + ", " + stored + " posts stored");
            assertTrue(stored == 0 || stored == BATCH, "half-written batch: " + outcomes);
            if (KILL_AT[round] == IN_TRANSACTION) {
                assertEquals(0, stored, "killed before its commit, the batch left nothing: " + outcomes);
            } else if (KILL_AT[round] == AFTER_COMMIT) {
                assertEquals(BATCH, stored, "committed before the kill, the batch is all there: " + outcomes);
            }
            assertEquals(stored == BATCH ? 1 : 0, keys, "the Idempotency-Key record goes with the posts: " + outcomes);

            start();
            JsonNode verification = JSON.readTree(get("/api/v1/audit/verification", "admin").body());
            assertTrue(verification.path("intact").asBoolean(), "audit chain after the kill: " + verification);

            HttpResponse<String> again = http.send(intake(body, key), HttpResponse.BodyHandlers.ofString());
            assertTrue(again.statusCode() == 200 || again.statusCode() == 201, again.statusCode() + " " + again.body());
            assertEquals(BATCH, JSON.readTree(again.body()).path("items").size(), again.body());
            assertEquals(BATCH, posts(prefix), "the batch sent again is complete, once: " + outcomes);
            assertEquals(1, count("select count(*) from intake_key where idem_key = '" + key + "'"));
        }
        LOG.info("Rounds:\n  " + String.join("\n  ", outcomes));
        assertTrue(killedInsideTransaction, "at least one kill landed inside the transaction: " + outcomes);
        JsonNode verification = JSON.readTree(get("/api/v1/audit/verification", "admin").body());
        assertTrue(verification.path("intact").asBoolean(), verification.toString());
    }

    // The application process

    private void start() throws Exception {
        port = freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // A quicker start on a small machine (C1 only); the batch's transaction only gets longer.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                // The production package with the embedded accounts: the API is reached with HTTP Basic, and no
                // identity server is needed for this test.
                "-Dcontrepoint.auth.mode=embedded",
                "-Dcontrepoint.auth.demo-accounts=true",
                "-Dquarkus.oidc.tenant-enabled=false",
                "-Dcontrepoint.library.import-at-start=false",
                "-Dcontrepoint.queue.retention-cron=off",
                "-Dcontrepoint.signoff.overdue-check-every=off",
                "-Dquarkus.log.console.json.enabled=false",
                "-jar", jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("CONTREPOINT_DB_URL",
                "jdbc:postgresql://" + PG_HOST + "/" + DATABASE + "?reWriteBatchedInserts=true");
        builder.environment().put("CONTREPOINT_DB_USER", PG_USER);
        builder.environment().put("CONTREPOINT_DB_PASSWORD", PG_PASSWORD);
        builder.environment().put("CONTREPOINT_SECRET", UUID.randomUUID() + "-" + UUID.randomUUID());
        // Required by the production package's start-up check, unused with the OIDC tenant switched off.
        builder.environment().put("CONTREPOINT_OIDC_SERVER_URL", "http://127.0.0.1:9/realms/none");
        builder.environment().put("CONTREPOINT_OIDC_CLIENT_SECRET", "unused");
        builder.environment().put("CONTREPOINT_DATA_DIR", Files.createTempDirectory("contrepoint-it").toString());
        app = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the application exited with " + app.exitValue() + "; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new AssertionError("the application was not ready within " + START_TIMEOUT.toSeconds() + " s; see "
                + log);
    }

    /** SIGKILL: no shutdown hook, no rollback from the application, as a power cut or the OOM killer would. */
    private void kill() {
        if (app != null && app.isAlive()) {
            app.destroyForcibly();
            try {
                app.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // HTTP

    private HttpRequest intake(String body, String key) {
        return HttpRequest.newBuilder(uri("/api/v1/posts"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic("monitor"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(username)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** 1,000 distinct fictional posts, with texts long enough to make the transaction last a moment. */
    private static String batch(String prefix) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode posts = root.putArray("posts");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < BATCH; i++) {
            ObjectNode post = posts.addObject();
            post.put("platform", "x");
            post.put("platformId", prefix + i);
            post.put("url", "https://exemple.invalid/" + prefix + i);
            post.put("authorHandle", "@compte_fictif_" + (i % 37));
            post.put("text", "Message fictif numéro " + i + " d’un lot de test de redémarrage : un compte imaginaire "
                    + "relaie une rumeur inventée sur le sujet " + (i * 7919 % 1009) + " et invite à le rejoindre.");
            post.put("language", "fr");
            post.put("postedAt", now.minus(3, ChronoUnit.HOURS).toString());
            post.put("capturedAt", now.minus(1, ChronoUnit.MINUTES).toString());
            post.putObject("metrics").put("followers", 100 + i).put("views", 1000 + i);
        }
        return root.toString();
    }

    // PostgreSQL, seen from outside the application

    private static boolean postgresAnswers() {
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + "/" + database, PG_USER, PG_PASSWORD);
    }

    private long posts(String prefix) throws SQLException {
        return count("select count(*) from post where platform_id like '" + prefix + "%'");
    }

    private static long count(String query) throws SQLException {
        try (Connection connection = connect(DATABASE); Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An application session inside a transaction that has started inserting. */
    private static boolean openInsertTransaction() throws SQLException {
        return count("select count(*) from pg_stat_activity where datname = '" + DATABASE + "' and pid <> "
                + "pg_backend_pid() and xact_start is not null and state in ('active', 'idle in transaction') "
                + "and query ilike 'insert%'") > 0;
    }

    private static boolean awaitOpenInsertTransaction(Duration timeout) throws SQLException {
        try (Connection connection = connect(DATABASE); Statement sql = connection.createStatement()) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = sql.executeQuery("select count(*) from pg_stat_activity where datname = '"
                        + DATABASE + "' and pid <> pg_backend_pid() and xact_start is not null and state in "
                        + "('active', 'idle in transaction') and query ilike 'insert%'")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Polls, from outside the application, until the batch's rows are committed. */
    private void awaitPosts(String prefix, Duration timeout) throws SQLException {
        try (Connection connection = connect(DATABASE); Statement sql = connection.createStatement()) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = sql.executeQuery("select count(*) from post where platform_id like '" + prefix
                        + "%'")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
            }
        }
        throw new AssertionError("the batch was not committed within " + timeout.toSeconds() + " s");
    }

    /**
     * Waits until PostgreSQL has ended the dead application's sessions (rolling back what they had not committed),
     * so that what the test counts next is final.
     */
    private static void awaitNoBackendLeft() throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count("select count(*) from pg_stat_activity where datname = '" + DATABASE
                + "' and pid <> pg_backend_pid() and backend_type = 'client backend'") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("PostgreSQL kept the killed application's sessions for 30 s");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

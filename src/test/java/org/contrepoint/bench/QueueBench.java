package org.contrepoint.bench;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.contrepoint.support.Browserless;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a test (bench/queue/README.md): seeds posts through the intake API in batches of 1,000 and reports
 * posts per second, then times the queue page under each sort and filter. Runs only with -Dbench=true.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class QueueBench {

    private static final Logger LOG = Logger.getLogger(QueueBench.class);
    private static final String[] PLATFORMS = { "x", "facebook", "instagram", "tiktok", "youtube", "telegram", "forum" };
    private static final String[] NARRATIVES = { "victimhood", "belonging", "martyrdom", "caliphate-utopia",
            "grooming-manipulation", "conspiracy-west" };
    private static final String[] WORDS = ("frères monde seuls injustice famille partir rejoindre vérité devoir "
            + "honneur promesse vie gloire communauté école parents secret vidéo message appel").split(" ");

    @Inject
    ObjectMapper mapper;

    @Test
    void intakeRateAndQueuePageTimes() {
        int batches = Integer.getInteger("bench.batches", 20);
        Random random = new Random(42);
        String run = Long.toString(System.nanoTime(), 36);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long posts = 0;
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            ObjectNode body = mapper.createObjectNode();
            ArrayNode list = body.putArray("posts");
            for (int i = 0; i < 1000; i++) {
                ObjectNode item = list.addObject();
                item.put("platform", PLATFORMS[random.nextInt(PLATFORMS.length)]);
                item.put("platformId", "bench-" + run + "-" + b + "-" + i);
                StringBuilder text = new StringBuilder("[Exemple fictif] ");
                for (int w = 0; w < 25; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                item.put("text", text.toString());
                item.put("authorHandle", "@compte_fictif_" + random.nextInt(5000));
                item.put("postedAt", now.minusSeconds(random.nextInt(86_400 * 20)).minusSeconds(3600).toString());
                item.put("capturedAt", now.minusSeconds(random.nextInt(3000)).toString());
                ObjectNode metrics = item.putObject("metrics");
                metrics.put("followers", random.nextInt(100_000));
                metrics.put("views", random.nextInt(1_000_000));
                item.putArray("narratives").add(NARRATIVES[random.nextInt(NARRATIVES.length)]);
            }
            given().auth().preemptive().basic("monitor", "demo").contentType("application/json")
                    .body(body.toString()).post("/api/v1/posts").then().statusCode(201);
            posts += 1000;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.infof("BENCH intake: %d posts in %.1f s = %.0f posts/s", posts, seconds, posts / seconds);

        Browserless manager = Browserless.signedInAs("manager");
        String[] pages = { "/queue", "/queue?sort=due", "/queue?sort=captured", "/queue?sort=posted",
                "/queue?status=all&platform=telegram", "/queue?status=all&narrative=martyrdom",
                "/queue?status=all&risk=high", "/queue?status=all&language=fr", "/queue?status=all&assignee=none",
                "/queue?status=all&overdue=1", "/queue?status=closed" };
        for (String path : pages) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                long t = System.nanoTime();
                manager.get(path).then().statusCode(200);
                times.add((System.nanoTime() - t) / 1_000);
            }
            Collections.sort(times);
            LOG.infof("BENCH page %-45s p50 %6.1f ms  p99 %6.1f ms", path, times.get(20) / 1000.0,
                    times.get(39) / 1000.0);
        }
    }
}

package org.contrepoint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
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
    /** Syllables for a vocabulary of some 3,000 made-up words: shingles spread like real text, not a 20-word soup. */
    private static final String[] SYLLABLES = ("ba be bi bo bu da de di do du fa fe fi fo la le li lo lu ma me mi "
            + "mo mu na ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi vo").split(" ");
    /** Share of posts that re-share one of a few "campaign" texts, lightly edited, so that clusters form. */
    private static final double NEAR_DUPLICATES = 0.1;

    @Inject
    ObjectMapper mapper;

    @TestHTTPResource("/api/v1/posts")
    URI postsUri;

    @Test
    void intakeRateAndQueuePageTimes() throws Exception {
        // 0 batches: only the page times, e.g. on a database seeded with a million posts (README).
        int batches = Integer.getInteger("bench.batches", 20);
        Random random = new Random(42);
        String[] vocabulary = vocabulary(random, 3000);
        List<String> campaigns = new ArrayList<>();
        for (int c = 0; c < 200; c++) {
            campaigns.add(sentence(random, vocabulary, 30));
        }
        String run = Long.toString(System.nanoTime(), 36);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Bodies are built before the clock starts and sent with the JDK's client: the figure is the server's rate,
        // not the cost of generating JSON or of REST Assured in the same two-core JVM.
        List<String> bodies = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            ObjectNode body = mapper.createObjectNode();
            ArrayNode list = body.putArray("posts");
            for (int i = 0; i < 1000; i++) {
                ObjectNode item = list.addObject();
                item.put("platform", PLATFORMS[random.nextInt(PLATFORMS.length)]);
                item.put("platformId", "bench-" + run + "-" + b + "-" + i);
                String text = random.nextDouble() < NEAR_DUPLICATES
                        ? reshare(random, vocabulary, campaigns.get(random.nextInt(campaigns.size())))
                        : sentence(random, vocabulary, 15 + random.nextInt(30));
                item.put("text", "[Exemple fictif] " + text);
                item.put("authorHandle", "@compte_fictif_" + random.nextInt(5000));
                item.put("postedAt", now.minusSeconds(random.nextInt(86_400 * 20)).minusSeconds(3600).toString());
                item.put("capturedAt", now.minusSeconds(random.nextInt(3000)).toString());
                ObjectNode metrics = item.putObject("metrics");
                metrics.put("followers", random.nextInt(100_000));
                metrics.put("views", random.nextInt(1_000_000));
                item.putArray("narratives").add(NARRATIVES[random.nextInt(NARRATIVES.length)]);
            }
            bodies.add(body.toString());
        }
        HttpClient client = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString("monitor:demo".getBytes(StandardCharsets.UTF_8));
        long posts = 0;
        long start = System.nanoTime();
        for (String body : bodies) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(postsUri)
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new AssertionError("intake answered " + response.statusCode() + ": " + response.body());
            }
            posts += 1000;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (posts > 0) {
            LOG.infof("BENCH intake: %d posts in %.1f s = %.0f posts/s", posts, seconds, posts / seconds);
        }

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

    private static String[] vocabulary(Random random, int size) {
        String[] words = new String[size];
        for (int w = 0; w < size; w++) {
            StringBuilder word = new StringBuilder();
            for (int k = 1 + random.nextInt(3); k >= 0; k--) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words[w] = word.toString();
        }
        return words;
    }

    /** Zipf-like word choice: a few frequent words, a long tail, as in real posts. */
    private static String sentence(Random random, String[] vocabulary, int length) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < length; w++) {
            int rank = (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(vocabulary.length, random.nextDouble())) - 1);
            text.append(vocabulary[rank]).append(w % 12 == 11 ? ". " : " ");
        }
        return text.toString().strip();
    }

    /** A re-share: another link and mention, and one word in ten replaced. */
    private static String reshare(Random random, String[] vocabulary, String campaign) {
        String[] words = campaign.split(" ");
        for (int w = 0; w < words.length; w++) {
            if (random.nextInt(10) == 0) {
                words[w] = vocabulary[random.nextInt(vocabulary.length)];
            }
        }
        return String.join(" ", words) + " https://exemple.invalid/" + random.nextInt(100_000) + " @relais_"
                + random.nextInt(1000);
    }
}

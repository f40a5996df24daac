package org.contrepoint.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.contrepoint.audit.Actor;
import org.contrepoint.intake.IntakeService;
import org.contrepoint.intake.PostInputReader;
import org.contrepoint.queue.Evidence;
import org.contrepoint.queue.PostSource;

/** Posts for tests, created through the intake's own code path. */
@ApplicationScoped
public class QueueSamples {

    /** The smallest valid PNG header, enough for the magic-byte check. */
    public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

    @Inject
    IntakeService intake;

    @Inject
    PostInputReader reader;

    @Inject
    ObjectMapper mapper;

    private Map<String, String> parameters;

    public ObjectNode item(String platformId, String text) {
        ObjectNode item = mapper.createObjectNode();
        item.put("platform", "x");
        item.put("platformId", platformId);
        item.put("url", "https://exemple.invalid/" + platformId);
        item.put("authorHandle", "@compte_fictif_test");
        item.put("text", text);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        item.put("postedAt", now.minus(3, ChronoUnit.HOURS).toString());
        item.put("capturedAt", now.minus(1, ChronoUnit.MINUTES).toString());
        ObjectNode metrics = item.putObject("metrics");
        metrics.put("followers", 1200);
        metrics.put("views", 5000);
        item.putArray("narratives").add("victimhood");
        return item;
    }

    /** A new post with a unique platform id; returns its id. */
    public long post(String text) {
        return create(item("t-" + UUID.randomUUID(), text));
    }

    @Transactional
    public long create(ObjectNode item) {
        PostInputReader.Item read = reader.read(-1, item, intake.enabledPlatforms(), intake.narrativeCodes());
        if (!read.valid()) {
            throw new IllegalArgumentException(read.errors().toString());
        }
        return intake.ingestAs(Actor.system(), List.of(read), PostSource.API, "test").get(0).id();
    }

    @Transactional
    public long screenshot(long postId) {
        Evidence evidence = new Evidence();
        evidence.postId = postId;
        evidence.fileName = "capture.png";
        evidence.mediaType = "image/png";
        evidence.content = PNG;
        evidence.sizeBytes = PNG.length;
        evidence.sha256 = "0".repeat(64);
        evidence.addedBy = "test";
        evidence.addedAt = Instant.now();
        evidence.persist();
        return evidence.id;
    }

    /** Values for the route matrix's path parameters: one sample post and screenshot, made once. */
    public synchronized Map<String, String> pathParameters() {
        if (parameters == null) {
            long post = post("Texte d’exemple pour la matrice des accès " + UUID.randomUUID());
            parameters = Map.of("{id}", String.valueOf(post), "{evidenceId}", String.valueOf(screenshot(post)),
                    "{draft}", "inconnu");
        }
        return parameters;
    }
}

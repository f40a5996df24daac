package org.contrepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.Test;

/** Screenshots: checked by content, 5 MB at most, fingerprinted, and every look at them is in the audit log. */
@QuarkusTest
class EvidenceTest {

    @Inject
    QueueSamples samples;

    @Inject
    Database db;

    private Response upload(Browserless visitor, long id, String name, byte[] bytes) {
        return visitor.request().header("X-CSRF-Token", visitor.csrfToken())
                .multiPart("file", name, bytes, "image/png").post("/queue/posts/" + id + "/evidence");
    }

    @Test
    void aPngIsStoredWithItsSha256AndItsViewingIsAudited() throws Exception {
        long id = samples.post("Publication avec capture " + UUID.randomUUID());
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + id);
        byte[] png = Arrays.copyOf(QueueSamples.PNG, 2048);
        Response done = upload(manager, id, "capture.png", png);
        assertTrue(done.header("Location").endsWith("done=1"), done.header("Location"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        assertEquals(sha, db.string("select sha256 from evidence where post_id = " + id));
        long evidence = db.count("select id from evidence where post_id = " + id);
        Browserless reviewer = Browserless.signedInAs("reviewer");
        Response image = reviewer.get("/queue/posts/" + id + "/evidence/" + evidence);
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.contentType());
        assertEquals(1, db.count("select count(*) from audit_entry where action = 'evidence.add' and object_id = '" + id
                + "' and fingerprint_after = '" + sha + "'"));
        assertEquals(1, db.count("select count(*) from audit_entry where action = 'evidence.view' and object_id = '" + id
                + "' and actor_name = 'reviewer'"));
        assertTrue(manager.get("/queue/posts/" + id).asString().contains(sha));
    }

    @Test
    void aFileThatOnlyCallsItselfPngIsRefused() {
        long id = samples.post("Publication avec faux PNG " + UUID.randomUUID());
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + id);
        Response refused = upload(manager, id, "capture.png", "<html>pas une image</html>".getBytes());
        assertTrue(refused.header("Location").endsWith("refused=NOT_AN_IMAGE"));
        assertTrue(manager.get("/queue/posts/" + id + "?refused=NOT_AN_IMAGE").asString().contains("ni un PNG ni un JPEG"));
        assertEquals(0, db.count("select count(*) from evidence where post_id = " + id));
    }

    @Test
    void aScreenshotOverFiveMegabytesIsRefused() {
        long id = samples.post("Publication avec capture trop lourde " + UUID.randomUUID());
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + id);
        byte[] big = Arrays.copyOf(QueueSamples.PNG, EvidenceStore.MAX_BYTES + 1);
        Response refused = upload(manager, id, "capture.png", big);
        assertTrue(refused.header("Location").endsWith("refused=TOO_BIG"));
        assertEquals(0, db.count("select count(*) from evidence where post_id = " + id));
        Map<String, String> none = Map.of();
        assertEquals(403, Browserless.signedInAs("reviewer").post("/queue/posts/" + id + "/evidence", none).statusCode());
    }
}

package org.contrepoint.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.Test;

/** The band table as intake reads it: each key's holders within the bound, the latest ones. */
@QuarkusTest
class BandIndexTest {

    @Inject
    BandIndex bands;
    @Inject
    QueueSamples samples;
    @Inject
    Database db;

    @Test
    void aKeyHeldByMorePostsThanTheBoundGivesItsLatestOnes() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long key = UUID.randomUUID().getMostSignificantBits();
        long small = key + 1;
        int extra = 5;
        long[] ids = new long[BandIndex.POSTS_PER_KEY + extra];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = given().auth().preemptive().basic("monitor", "demo").contentType("application/json")
                    .body(samples.item(tag + "-" + i, "Exemple fictif " + tag + " numéro " + i + " : une annonce de "
                            + "vide-grenier, emplacements à réserver, " + (i + 2) + " euros le mètre.").toString())
                    .post("/api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        }
        // As keys that grew past the bound before it existed (or two intakes at once) left them.
        for (long id : ids) {
            db.execute("insert into post_band (band_key, post_id) values (" + key + ", " + id + ")");
        }
        db.execute("insert into post_band (band_key, post_id) values (" + small + ", " + ids[0] + ")");

        Map<Long, long[]> holders = QuarkusTransaction.requiringNew()
                .call(() -> bands.holders(List.of(key, small, key + 2)));
        assertArrayEquals(LongStream.of(ids).sorted().skip(extra).toArray(),
                LongStream.of(holders.get(key)).sorted().toArray(), "the latest posts of the key, as many as it holds");
        assertArrayEquals(new long[] {ids[0]}, holders.get(small));
        assertEquals(2, holders.size(), "a key nobody holds is absent");
    }
}

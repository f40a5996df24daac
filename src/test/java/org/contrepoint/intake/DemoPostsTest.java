package org.contrepoint.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.contrepoint.support.Database;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoPostsTest {

    @Inject
    DemoPosts demo;

    @Inject
    Database db;

    @Test
    void demoPostsAreFictionalSpreadOutClusteredAndSeededOnce() {
        demo.seed();
        long seeded = db.count("select count(*) from post where source = 'DEMO'");
        demo.seed();
        assertEquals(seeded, db.count("select count(*) from post where source = 'DEMO'"));
        assertTrue(seeded >= 24, "a few dozen: " + seeded);
        assertTrue(db.count("select count(distinct platform) from post where source = 'DEMO'") >= 6);
        assertTrue(db.count("select count(distinct risk) from post where source = 'DEMO'") == 4);
        assertTrue(db.count("select count(distinct cluster_id) from post where source = 'DEMO' and cluster_id is not null") >= 3);
        assertEquals(0, db.count("select count(*) from post where source = 'DEMO' and author_handle not like '@compte_fictif_%'"));
    }
}

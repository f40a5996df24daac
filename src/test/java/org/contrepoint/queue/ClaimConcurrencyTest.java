package org.contrepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.Test;

/** Two managers claim the same post at the same instant, round after round: exactly one wins each time. */
@QuarkusTest
class ClaimConcurrencyTest {

    private static final int ROUNDS = 40;

    @Inject
    QueueSamples samples;

    @Inject
    Database db;

    @Test
    void ofTwoPeopleClaimingAtOnceExactlyOneWinsAndTheOtherIsToldWhoHoldsIt() throws Exception {
        Browserless first = Browserless.signedInAs("manager");
        Browserless second = Browserless.signedInAs("manager2");
        first.get("/queue");
        second.get("/queue");
        for (int round = 0; round < ROUNDS; round++) {
            long id = samples.post("Publication disputée, manche " + round + " " + System.nanoTime());
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> claim(first, id, start));
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> claim(second, id, start));
            List<String> outcomes = List.of(a.get().header("Location"), b.get().header("Location"));
            long wins = outcomes.stream().filter(l -> l.endsWith("?done=1")).count();
            long told = outcomes.stream().filter(l -> l.endsWith("?conflict=CLAIMED_BY_OTHER")).count();
            assertEquals(1, wins, "round " + round + ": " + outcomes);
            assertEquals(1, told, "round " + round + ": " + outcomes);
            String holder = db.string("select assignee_name from post where id = " + id);
            assertTrue(holder != null && !holder.isBlank());
            assertEquals(1, db.count("select count(*) from audit_entry where action = 'post.claim' and object_id = '"
                    + id + "'"));
            Browserless loser = outcomes.get(0).endsWith("?done=1") ? second : first;
            String page = loser.get("/queue/posts/" + id + "?conflict=CLAIMED_BY_OTHER").asString();
            assertTrue(page.contains("déjà prise par " + holder), "the loser is told who holds it");
        }
    }

    private static Response claim(Browserless visitor, long id, CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return visitor.post("/queue/posts/" + id + "/claim", Map.of());
    }
}

package org.contrepoint.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.contrepoint.reply.Reply;
import org.contrepoint.reply.ReplyStatus;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.ReplySamples;
import org.junit.jupiter.api.Test;

/**
 * Two reviewers press "approve" on the same reply at the same moment, over many rounds. With two approvals needed,
 * both count and the reply ends approved once; with one needed, exactly one counts and the other is told the
 * policy is met. No round may lose an approval, record one twice or leave a state the approvals contradict.
 */
@QuarkusTest
class ConcurrentApprovalTest {

    private static final int ROUNDS = 15;

    @Inject
    ReplySamples samples;
    @Inject
    Database db;

    @Test
    void twoSimultaneousApprovalsOfAReplyNeedingTwoBothCount() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long reply = submitted(2);
            int[] statuses = race(reply);
            Reply after = SignoffFlowTest.reply(reply);
            if (after.status != ReplyStatus.APPROVED || after.validApprovals().size() != 2
                    || statuses[0] != 303 || statuses[1] != 303) {
                wrong.add("round " + i + ": " + after.status + ", " + after.validApprovals().size() + " approvals, "
                        + statuses[0] + "/" + statuses[1]);
            }
            assertEquals(1, db.count("select count(*) from audit_entry where action = 'reply.approve'"
                    + " and object_id = '" + reply + "' and detail like '%: approuvée'"), "one transition to approved");
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void twoSimultaneousApprovalsOfAReplyNeedingOneRecordExactlyOne() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long reply = submitted(1);
            int[] statuses = race(reply);
            Reply after = SignoffFlowTest.reply(reply);
            boolean oneWonOneTold = (statuses[0] == 303 && statuses[1] == 409)
                    || (statuses[0] == 409 && statuses[1] == 303);
            if (after.status != ReplyStatus.APPROVED || after.approvals.size() != 1 || !oneWonOneTold) {
                wrong.add("round " + i + ": " + after.status + ", " + after.approvals.size() + " approvals, "
                        + statuses[0] + "/" + statuses[1]);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** A submitted free-text reply needing this many approvals. */
    private long submitted(int approvals) {
        long id = samples.draft("manager", "Réponse soumise à deux relecteurs en même temps.");
        QuarkusTransaction.requiringNew().run(() -> {
            Reply reply = Reply.findById(id);
            reply.submit(new org.contrepoint.reply.Signer(reply.authorId, reply.authorName, true, false), approvals,
                    java.time.Instant.now());
        });
        return id;
    }

    private Browserless first;
    private Browserless second;

    /** Both reviewers load the page, then post their approval at the same instant; returns both statuses. */
    private int[] race(long reply) throws Exception {
        if (first == null) {
            first = Browserless.signedInAs("reviewer");
            second = Browserless.signedInAs("reviewer2");
        }
        first.get("/replies/" + reply);
        second.get("/replies/" + reply);
        String fingerprint = SignoffFlowTest.reply(reply).fingerprint;
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> post(first, reply, fingerprint, start));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> post(second, reply, fingerprint, start));
        return new int[] { a.get(), b.get() };
    }

    private static int post(Browserless reviewer, long reply, String fingerprint, CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return reviewer.post("/approvals/" + reply + "/approve", Map.of("fingerprint", fingerprint)).statusCode();
    }
}

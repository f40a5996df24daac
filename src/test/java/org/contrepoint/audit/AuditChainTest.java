package org.contrepoint.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.contrepoint.support.Database;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditChainTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditChain chain;

    @Inject
    Database db;

    private long first;

    @BeforeEach
    void appendThreeEntries() {
        first = QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry a = audit.recordAs(Actor.system(), "test.one", "thing", "1", "first");
            audit.recordAs(Actor.system(), "test.two", "thing", "2", "second");
            audit.recordAs(Actor.system(), "test.three", "thing", "3", "third\r\nforged line");
            return a.seq;
        });
    }

    @Test
    void entriesAreChainedInOrderAndTheChainVerifies() {
        ChainVerification result = chain.verify();
        assertTrue(result.intact(), () -> "broken at " + result.firstBrokenSeq() + " " + result.problem());
        assertTrue(result.checked() >= 3);
        String previousOfSecond = db.string("select previous_hash from audit_entry where seq = " + (first + 1));
        String hashOfFirst = db.string("select hash from audit_entry where seq = " + first);
        assertEquals(hashOfFirst, previousOfSecond);
    }

    @Test
    void detailsCannotForgeExtraLines() {
        String detail = db.string("select detail from audit_entry where seq = " + (first + 2));
        assertFalse(detail.contains("\n") || detail.contains("\r"), detail);
    }

    @Test
    void editingOneRowIsDetectedAtThatRow() {
        long target = first + 1;
        String original = db.string("select detail from audit_entry where seq = " + target);
        tamper("update audit_entry set detail = 'rewritten' where seq = " + target);
        try {
            ChainVerification result = chain.verify();
            assertEquals(target, result.firstBrokenSeq());
            assertEquals("altered", result.problem());
        } finally {
            tamper("update audit_entry set detail = '" + original + "' where seq = " + target);
        }
        assertTrue(chain.verify().intact());
    }

    @Test
    void deletingOneRowIsDetectedAtThatRow() {
        long target = first + 1;
        String copy = "create table audit_backup as select * from audit_entry where seq = " + target;
        tamper(copy, "delete from audit_entry where seq = " + target);
        try {
            ChainVerification result = chain.verify();
            assertEquals(target, result.firstBrokenSeq());
            assertEquals("missing", result.problem());
        } finally {
            tamper("insert into audit_entry select * from audit_backup", "drop table audit_backup");
        }
        assertTrue(chain.verify().intact());
    }

    @Test
    void swappingTwoRowsIsDetectedAtTheFirstOfThem() {
        long a = first;
        long b = first + 1;
        tamper("update audit_entry set seq = -1 where seq = " + a,
                "update audit_entry set seq = " + a + " where seq = " + b,
                "update audit_entry set seq = " + b + " where seq = -1");
        try {
            ChainVerification result = chain.verify();
            assertEquals(a, result.firstBrokenSeq());
        } finally {
            tamper("update audit_entry set seq = -1 where seq = " + a,
                    "update audit_entry set seq = " + a + " where seq = " + b,
                    "update audit_entry set seq = " + b + " where seq = -1");
        }
        assertTrue(chain.verify().intact());
    }

    @Test
    void postgresRefusesToChangeOrRemoveAuditRows() {
        Assumptions.assumeTrue(db.isPostgres(), "the append-only trigger exists on PostgreSQL only");
        assertThrows(IllegalStateException.class,
                () -> db.execute("update audit_entry set detail = 'x' where seq = " + first));
        assertThrows(IllegalStateException.class, () -> db.execute("delete from audit_entry where seq = " + first));
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThrows(Exception.class, () -> audit.record("test.none", "thing", "1", "no transaction"));
    }

    /** Direct changes as an intruder would make them; on PostgreSQL the append-only trigger is lifted first. */
    private void tamper(String... statements) {
        if (db.isPostgres()) {
            String[] wrapped = new String[statements.length + 2];
            wrapped[0] = "alter table audit_entry disable trigger audit_entry_no_update";
            System.arraycopy(statements, 0, wrapped, 1, statements.length);
            wrapped[wrapped.length - 1] = "alter table audit_entry enable trigger audit_entry_no_update";
            db.execute(wrapped);
        } else {
            db.execute(statements);
        }
    }
}

package org.contrepoint.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Walks the audit log in order and recomputes every hash. Reads in pages so that a long log is checked in
 * constant memory.
 */
@ApplicationScoped
public class AuditChain {

    private static final int PAGE = 1000;

    @Transactional
    public ChainVerification verify() {
        long expectedSeq = 1;
        String previousHash = AuditEntry.GENESIS;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = AuditEntry.<AuditEntry>find("seq >= ?1 order by seq", expectedSeq)
                    .page(0, PAGE).list();
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry entry : page) {
                String problem = problemWith(entry, expectedSeq, previousHash);
                if (problem != null) {
                    return new ChainVerification(checked, problem.equals("missing") ? expectedSeq : entry.seq,
                            problem);
                }
                previousHash = entry.hash;
                expectedSeq++;
                checked++;
            }
            AuditEntry.getEntityManager().clear();
        }
        AuditHead head = AuditHead.findById(AuditHead.SINGLETON);
        if (head.lastSeq != checked || !head.lastHash.equals(previousHash)) {
            return new ChainVerification(checked, checked + 1, "missing");
        }
        return new ChainVerification(checked, null, null);
    }

    private static String problemWith(AuditEntry entry, long expectedSeq, String previousHash) {
        if (entry.seq != expectedSeq) {
            return "missing";
        }
        if (!entry.previousHash.equals(previousHash)) {
            return "reordered";
        }
        if (!entry.hash.equals(entry.computeHash())) {
            return "altered";
        }
        return null;
    }
}

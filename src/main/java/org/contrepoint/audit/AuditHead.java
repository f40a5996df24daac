package org.contrepoint.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/** The end of the chain: locked by every append so that entries from all instances form one sequence. */
@Entity
@Table(name = "audit_head")
class AuditHead extends PanacheEntityBase {

    static final int SINGLETON = 1;

    @Id
    public int id;

    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    @Column(name = "last_hash", nullable = false)
    public String lastHash;

    static AuditHead lockForAppend() {
        return findById(SINGLETON, LockModeType.PESSIMISTIC_WRITE);
    }

    void advanceTo(AuditEntry entry) {
        lastSeq = entry.seq;
        lastHash = entry.hash;
    }
}

package org.contrepoint.library;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A counter bumped with every library change, so that every instance knows when its search index is stale. */
@Entity
@Table(name = "library_revision")
public class LibraryRevision extends PanacheEntityBase {

    @Id
    public Integer id;

    @Column(nullable = false)
    public long revision;

    /** Call inside the transaction of the change: the new revision is visible exactly when the change is. */
    public static void bump() {
        getEntityManager().createQuery("update LibraryRevision r set r.revision = r.revision + 1 where r.id = 1")
                .executeUpdate();
    }

    /**
     * The current revision, read where the caller is: a page (or a scheduled job, which Quarkus also runs in a request
     * context) reads it in its own persistence context, without a transaction (one of its own cost two more round
     * trips and a second pooled connection per search); a caller without a request context, in a short transaction.
     */
    public static long read() {
        if (Arc.container().requestContext().isActive()) {
            return current();
        }
        return QuarkusTransaction.requiringNew().call(LibraryRevision::current);
    }

    public static long current() {
        return getEntityManager().createQuery("select r.revision from LibraryRevision r where r.id = 1", Long.class)
                .getSingleResult();
    }
}

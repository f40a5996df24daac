package org.contrepoint.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public static long current() {
        return getEntityManager().createQuery("select r.revision from LibraryRevision r where r.id = 1", Long.class)
                .getSingleResult();
    }
}

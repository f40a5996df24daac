package org.contrepoint.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded file between its preview and its confirmation, readable only by the person who uploaded it. */
@Entity
@Table(name = "import_draft")
public class ImportDraft extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "person_id", nullable = false)
    public Long personId;
    @Column(name = "file_name", nullable = false)
    public String fileName;
    @Column(nullable = false)
    public String format;
    @Column(nullable = false)
    public String content;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static ImportDraft findOwned(String id, Long personId) {
        return find("id = ?1 and personId = ?2", id, personId).firstResult();
    }
}

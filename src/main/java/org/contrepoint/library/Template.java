package org.contrepoint.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A reusable reply, known by a stable id (the files' {@code id}). Its text lives in immutable versions; the
 * template points at the version currently published.
 */
@Entity
@Table(name = "library_template")
public class Template extends PanacheEntityBase {

    public static final String ACTIVE = "active";
    public static final String RETIRED = "retired";

    @Id
    public String id;

    /** Id given by an external system through the bulk import API (idempotence key). */
    @Column(name = "external_id")
    public String externalId;

    @Column(nullable = false)
    public String status = ACTIVE;

    @Column(name = "current_version_id")
    public Long currentVersionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Version
    public int version;

    public static Template create(String id, Instant now) {
        Template t = new Template();
        t.id = id;
        t.createdAt = now;
        return t;
    }

    public boolean isRetired() {
        return RETIRED.equals(status);
    }

    public boolean isPublished() {
        return currentVersionId != null;
    }

    /** Retired templates stay for history but are no longer suggested. */
    public void retire(Instant now) {
        if (isRetired()) {
            throw new IllegalTransitionException("Ce modèle est déjà retiré.");
        }
        status = RETIRED;
        retiredAt = now;
    }

    /** Called when one of its versions is published: that version becomes the current one. */
    void showVersion(TemplateVersion published) {
        if (published.status != VersionStatus.PUBLISHED || !published.templateId.equals(id)) {
            throw new IllegalTransitionException("Seule une version publiée de ce modèle peut devenir courante.");
        }
        currentVersionId = published.id;
    }

    public TemplateVersion current() {
        return currentVersionId == null ? null : TemplateVersion.findById(currentVersionId);
    }

    public List<TemplateVersion> versions() {
        return TemplateVersion.list("templateId = ?1 order by number desc", id);
    }

    public int nextVersionNumber() {
        Integer max = getEntityManager()
                .createQuery("select max(v.number) from TemplateVersion v where v.templateId = :id", Integer.class)
                .setParameter("id", id).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
